using Microsoft.AspNetCore.Mvc;
using ProcurementPlatform.Application.Questions.Commands;
using ProcurementPlatform.Application.Questions.Queries;
using ProcurementPlatform.Application.Solicitations.Queries;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Web.Infrastructure;

namespace ProcurementPlatform.Web.Pages.Calls;

public sealed class DetailsModel : PlatformPageModel
{
    public SolicitationDetails Call { get; private set; } = null!;
    public CallQandA QandA { get; private set; } = null!;
    public IReadOnlyList<OwnQuestion> MyQuestions { get; private set; } = [];

    [BindProperty] public AskQuestionCommand Ask { get; set; } = new();
    [BindProperty] public IFormFile? AskAttachment { get; set; }

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostAskAsync(Guid id)
    {
        if (User.Identity?.IsAuthenticated != true)
            return Redirect("/Identity/Account/Login?ReturnUrl=" + Uri.EscapeDataString($"/calls/{id}"));
        Ask.SolicitationId = id;
        Ask.Attachment = (await ReadUploadsAsync(AskAttachment is null ? [] : [AskAttachment], HttpContext.RequestAborted)).FirstOrDefault();
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(Ask, nameof(Ask));
        if (!ok)
        {
            await LoadAsync(id);
            return Page();
        }
        StatusMessage = "问题已提交。购买主体答复后，问题和答复将在本页公开（不显示提问单位）。";
        return Redirect($"/calls/{id}#qa-title");
    }

    private async Task LoadAsync(Guid id)
    {
        Call = await Mediator.Send(new GetPublicSolicitationQuery(id));
        QandA = await Mediator.Send(new GetCallQandAQuery(id));
        if (User.IsInRole(Roles.OrganizationUser)) MyQuestions = await Mediator.Send(new ListMyQuestionsQuery(id));
    }
}
