using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Notices;

public sealed class IndexModel : PlatformPageModel
{
    public IReadOnlyList<NoticeListItem> Notices { get; private set; } = [];

    /// <summary>The kind filter from the query string: "award", "evaluation", or nothing for every notice.</summary>
    public string? Kind { get; private set; }

    public async Task OnGetAsync(string? kind)
    {
        NoticeKind? filter = kind?.ToLowerInvariant() switch
        {
            "award" => NoticeKind.Award,
            "evaluation" => NoticeKind.Evaluation,
            _ => null,
        };
        Kind = filter?.ToString().ToLowerInvariant();
        Notices = await Mediator.Send(new ListNoticesQuery(filter));
    }
}
