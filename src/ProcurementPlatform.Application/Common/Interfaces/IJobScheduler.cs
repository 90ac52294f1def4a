namespace ProcurementPlatform.Application.Common.Interfaces;

/// <summary>Port to the background job system; used only after a transaction has committed.</summary>
public interface IJobScheduler
{
    void ScheduleSolicitationClose(Guid solicitationId, DateTime closesAtUtc);
}
