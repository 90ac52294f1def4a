using Microsoft.AspNetCore.Mvc.Rendering;
using ProcurementPlatform.Application.Common.Models;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Web.Infrastructure;

/// <summary>What pages show: Chinese labels, China Standard Time, select lists.</summary>
public static class Display
{
    public static string Time(DateTime? utc) => utc is { } t ? ChinaTime.Format(t) : "—";
    public static string TimeLong(DateTime utc) => ChinaTime.FormatLong(utc);

    /// <summary>The end of a period that runs to midnight, as people say it: "11月27日 24:00", not "11月28日 00:00".</summary>
    public static string PeriodEnd(DateTime utc) => ChinaTime.FormatDeadline(utc);
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "—";
    public static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024d / 1024d:0.0} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    public static IEnumerable<SelectListItem> ServiceFields(ServiceField? selected = null) =>
        Enum.GetValues<ServiceField>().Select(f => new SelectListItem(f.ToChinese(), f.ToString(), f == selected));

    public static IEnumerable<SelectListItem> FundSources(FundSource? selected = null) =>
        Enum.GetValues<FundSource>().Select(f => new SelectListItem(f.ToChinese(), f.ToString(), f == selected));

    public static IEnumerable<SelectListItem> OutputTypes(OutputType? selected = null) =>
        Enum.GetValues<OutputType>().Select(f => new SelectListItem(f.ToChinese(), f.ToString(), f == selected));

    public static IEnumerable<SelectListItem> PartnerKinds(PartnerKind? selected = null) =>
        Enum.GetValues<PartnerKind>().Select(f => new SelectListItem(f.ToChinese(), f.ToString(), f == selected));

    public static IEnumerable<SelectListItem> BudgetCategories(BudgetCategory? selected = null) =>
        Enum.GetValues<BudgetCategory>().Select(f => new SelectListItem(f.ToChinese(), f.ToString(), f == selected));

    public static IEnumerable<SelectListItem> PublicStatuses(SolicitationStatus? selected = null) =>
        Enum.GetValues<SolicitationStatus>().Where(s => s != SolicitationStatus.Draft)
            .Select(s => new SelectListItem(s.ToChinese(), s.ToString(), s == selected));

    public static string ToChinese(this ProcurementPlatform.Domain.Reviews.AffiliationKind kind) => ProcurementPlatform.Domain.Reviews.PanelDraw.KindText(kind);

    public static string ToChinese(this ProcurementPlatform.Domain.Reviews.ExpertStatus status) => status switch
    {
        ProcurementPlatform.Domain.Reviews.ExpertStatus.Proposed => "待审核（部门推荐）",
        ProcurementPlatform.Domain.Reviews.ExpertStatus.Active => "在库",
        _ => "已退出",
    };

    public static string StatusClass(SolicitationStatus status) => status switch
    {
        SolicitationStatus.Open => "badge badge-open",
        SolicitationStatus.Draft => "badge badge-draft",
        SolicitationStatus.Cancelled => "badge badge-cancelled",
        _ => "badge badge-closed",
    };

    public static string StatusClass(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "badge badge-draft",
        ApplicationStatus.Submitted or ApplicationStatus.Eligible or ApplicationStatus.Recommended or ApplicationStatus.Awarded => "badge badge-open",
        ApplicationStatus.Withdrawn or ApplicationStatus.Ineligible or ApplicationStatus.Disqualified or ApplicationStatus.NotRecommended => "badge badge-cancelled",
        _ => "badge badge-closed",
    };

    /// <summary>Rows for a repeating form section: the existing ones plus blanks, at least <paramref name="minimum"/>.</summary>
    public static List<T> WithBlankRows<T>(List<T> rows, int minimum, int extra = 2) where T : new()
    {
        // Blank rows posted back are dropped first, so a refused save does not grow the form.
        var result = rows.Where(r => r is not IBlankable { IsBlank: true }).ToList();
        var target = Math.Max(minimum, result.Count + extra);
        while (result.Count < target) result.Add(new T());
        return result;
    }
}

public static class ModelStateDisplay
{
    /// <summary>All messages under a key and its children (e.g. every row of a repeating section).</summary>
    public static IReadOnlyList<string> ErrorsUnder(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string key) =>
        state.Where(e => e.Key == key || e.Key.StartsWith(key + "[", StringComparison.Ordinal) || e.Key.StartsWith(key + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage)).Distinct().ToList();
}
