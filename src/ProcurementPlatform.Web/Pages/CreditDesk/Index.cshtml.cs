using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.CreditDesk;

/// <summary>
/// 信用管理 (/credit-desk): appeals and repair applications to answer, proposals to confirm, and the form to record
/// a finding (false materials, misuse of funds, abnormal activity, penalty, duplicate application).
/// </summary>
public sealed class IndexModel : PlatformPageModel
{
    public IReadOnlyList<CreditDeskItem> Items { get; private set; } = [];
    public IReadOnlyList<CreditDeskItem> Requests => Items.Where(i => i.RequestId is not null).ToList();
    public IReadOnlyList<CreditDeskItem> Proposals => Items.Where(i => i.RequestId is null).ToList();

    [BindProperty] public RecordCreditFindingCommand Finding { get; set; } = new();
    [BindProperty] public List<IFormFile> FindingFiles { get; set; } = [];

    public DateTime NowUtc => HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
    public DateOnly Today => ChinaTime.TodayCst(NowUtc);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostFindingAsync()
    {
        Finding.Evidence = await ReadUploadsAsync(FindingFiles, HttpContext.RequestAborted);
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Finding, nameof(Finding));
        if (!ok)
        {
            await LoadAsync();
            return Page();
        }
        StatusMessage = "信用信息已登记。符合黑名单规则的，已生成列入建议，由认定部门确认后公布（见下方待办）。";
        return RedirectToPage();
    }

    private async Task LoadAsync() => Items = await Mediator.Send(new ListCreditDeskQuery());
}
