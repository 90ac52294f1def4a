namespace ProcurementPlatform.Application.Common.Models;

/// <summary>A row of a repeating form section that the user may leave empty (ignored, never an error).</summary>
public interface IBlankable
{
    bool IsBlank { get; }
}
