namespace ProcurementPlatform.Application.Reviews;

public sealed class ReviewOptions
{
    public const string SectionName = "Review";

    /// <summary>Experts drawn for a roadshow panel (default 5).</summary>
    public int PanelSize { get; set; } = Domain.Reviews.PanelDraw.DefaultSize;
}
