using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Org;

/// <summary>The signed-in organisation's credit standing: what it is listed for now, proposals, and history.</summary>
public sealed class CreditModel : PlatformPageModel
{
    public IReadOnlyList<CreditListItem> Entries { get; private set; } = [];

    public CreditListItem? Black => Entries.FirstOrDefault(e => e.List == CreditList.Black && e.Status == CreditEntryStatus.Listed);
    public CreditListItem? Red => Entries.FirstOrDefault(e => e.List == CreditList.Red && e.Status == CreditEntryStatus.Listed);
    public CreditListItem? Proposed => Entries.FirstOrDefault(e => e.Status == CreditEntryStatus.Proposed);

    public async Task OnGetAsync() => Entries = await Mediator.Send(new GetMyCreditStandingQuery());
}
