namespace ProcurementPlatform.Application.Reviews;

public sealed class ReviewOptions
{
    public const string SectionName = "Review";

    /// <summary>Experts drawn for a roadshow panel (default 5).</summary>
    public int PanelSize { get; set; } = Domain.Reviews.PanelDraw.DefaultSize;

    /// <summary>Points a reviewer's total may differ from the others' median before a written reason is required (default 20).</summary>
    public decimal OutlierMargin { get; set; } = Domain.Reviews.ScoreAggregation.DefaultOutlierMargin;
}
