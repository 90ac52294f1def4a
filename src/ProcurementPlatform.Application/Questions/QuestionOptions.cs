namespace ProcurementPlatform.Application.Questions;

public sealed class QuestionOptions
{
    public const string SectionName = "Questions";

    /// <summary>Questions close this many days before a call's deadline (default 3).</summary>
    public int CutoffDays { get; set; } = 3;
}
