using ProcurementPlatform.Domain.Publicity;

namespace ProcurementPlatform.Application.Awards;

/// <summary><c>Publicity:*</c> — the working-day calendar and the periods counted on it.</summary>
public sealed class PublicityOptions
{
    public const string SectionName = "Publicity";

    public int WorkingDays { get; set; } = 5;
    public int ObjectionAnswerWorkingDays { get; set; } = 7;

    /// <summary>Public holidays (yyyy-MM-dd) that fall on weekdays.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Make-up working days (调休) that fall on weekends.</summary>
    public List<DateOnly> MakeUpWorkdays { get; set; } = [];

    public WorkingDayCalendar Calendar() => new(Holidays, MakeUpWorkdays);
}
