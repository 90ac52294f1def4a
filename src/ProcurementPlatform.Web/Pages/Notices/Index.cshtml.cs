using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Notices;

public sealed class IndexModel : PlatformPageModel
{
    public IReadOnlyList<NoticeListItem> Notices { get; private set; } = [];

    public async Task OnGetAsync() => Notices = await Mediator.Send(new ListNoticesQuery());
}
