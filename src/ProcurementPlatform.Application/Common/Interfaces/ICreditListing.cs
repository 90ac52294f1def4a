namespace ProcurementPlatform.Application.Common.Interfaces;

/// <summary>
/// The credit lists (红黑榜) as the application pipeline asks them: is this organisation
/// black-listed now? Implemented by <c>Credit.CreditListing</c> over the published entries.
/// </summary>
public interface ICreditListing
{
    /// <summary>A description of the black-list entry that bars the organisation, or null.</summary>
    Task<string?> FindBlockingEntryAsync(Guid organizationId, DateTime nowUtc, CancellationToken cancellationToken);
}
