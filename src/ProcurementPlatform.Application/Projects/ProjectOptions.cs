using ProcurementPlatform.Domain.Projects;

namespace ProcurementPlatform.Application.Projects;

/// <summary>Settings of the implementation stage (section "Projects" of the configuration).</summary>
public sealed class ProjectOptions
{
    public const string Section = "Projects";

    /// <summary>Alert when the share of the service period elapsed exceeds the share of money spent by more than this (0.30 = 30 points).</summary>
    public decimal ExecutionLagThreshold { get; set; } = FundMonitor.DefaultExecutionLagThreshold;

    /// <summary>Default evaluation indicators and weights (must add up to 100); a department may adjust them per evaluation.</summary>
    public List<IndicatorSetting> EvaluationIndicators { get; set; } = [];

    public IReadOnlyList<IndicatorInput> Indicators() =>
        EvaluationIndicators.Count > 0 ? EvaluationIndicators.Select(i => new IndicatorInput(i.Name, i.Weight)).ToList() : Evaluation.DefaultIndicators;
}

public sealed class IndicatorSetting
{
    public string Name { get; set; } = "";
    public int Weight { get; set; }
}
