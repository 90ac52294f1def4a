using FluentValidation;
using Mediator;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Application.Questions.Commands;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Questions;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Solicitations.Commands;

/// <summary>
/// Changes an open call's terms (budget, deadline, eligibility, rubric) as a recorded, public
/// amendment — optionally as the answer to a question, which is then answered in the same transaction.
/// Fields left empty stay as they are.
/// </summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class AmendSolicitationCommand : ICommand<Guid>
{
    public Guid SolicitationId { get; set; }
    public string? Reason { get; set; }
    public string? ProjectCeilingYuan { get; set; }
    public string? TotalBudgetYuan { get; set; }
    public int? ProjectCount { get; set; }
    public DateTime? ClosesAt { get; set; }
    public string? Eligibility { get; set; }
    public bool ChangeRubric { get; set; }
    public List<RubricRow> Rubric { get; set; } = [];
    public Guid? QuestionId { get; set; }
    public string? Answer { get; set; }

    public IReadOnlyList<RubricItem> RubricItems() =>
        Rubric.Where(r => !r.IsBlank).Select(r => new RubricItem(r.Name ?? "", r.Weight ?? 0, r.Description)).ToList();

    public TermsChange ToChange() => new(
        Money.TryParseYuan(ProjectCeilingYuan, out var ceiling) ? ceiling : null,
        Money.TryParseYuan(TotalBudgetYuan, out var total) ? total : null,
        ProjectCount,
        ClosesAt is { } closes ? ChinaTime.FromCst(closes) : null,
        string.IsNullOrWhiteSpace(Eligibility) ? null : Eligibility,
        ChangeRubric ? RubricItems() : null);
}

public sealed class AmendSolicitationCommandValidator : AbstractValidator<AmendSolicitationCommand>
{
    public AmendSolicitationCommandValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("请填写变更理由，变更公告将在征集页面公开。").MaximumLength(2000).WithMessage("变更理由不能超过2000个字符。");
        RuleFor(x => x.ProjectCeilingYuan).Must(BeYuanOrEmpty).WithMessage("请填写有效的金额（元，大于0，最多两位小数），不改可留空。");
        RuleFor(x => x.TotalBudgetYuan).Must(BeYuanOrEmpty).WithMessage("请填写有效的金额（元，大于0，最多两位小数），不改可留空。");
        RuleFor(x => x.ProjectCount).InclusiveBetween(1, 1000).When(x => x.ProjectCount is not null).WithMessage("拟资助项目数量应在1至1000之间。");
        RuleFor(x => x.ClosesAt).Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("请填写2000年至2100年之间的有效时间。");
        RuleFor(x => x.Eligibility).MaximumLength(5000).WithMessage("申报资格条件不能超过5000个字符。");
        RuleFor(x => x).Custom((command, context) =>
        {
            if (!command.ChangeRubric) return;
            foreach (var (_, message) in SolicitationTerms.RubricProblems(command.RubricItems()))
                context.AddFailure(nameof(AmendSolicitationCommand.Rubric), message);
        });
        RuleFor(x => x.Answer).NotEmpty().When(x => x.QuestionId is not null).WithMessage("请填写对该问题的答复。")
            .MaximumLength(CallQuestion.MaxTextLength).WithMessage($"答复不能超过{CallQuestion.MaxTextLength}个字符。");
    }

    private static bool BeYuanOrEmpty(string? text) => string.IsNullOrWhiteSpace(text) || (Money.TryParseYuan(text, out var m) && m.Fen > 0);
}

public sealed class AmendSolicitationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AmendSolicitationCommand, Guid>
{
    public async ValueTask<Guid> Handle(AmendSolicitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var solicitation = await db.LoadOwnAsync(user, command.SolicitationId, cancellationToken);
        var question = command.QuestionId is { } questionId ? await db.LoadOwnQuestionAsync(user, questionId, cancellationToken) : null;
        if (question is not null && question.SolicitationId != solicitation.Id) throw new DomainException("该问题不属于这个项目征集。");

        var amendment = solicitation.Amend(command.ToChange(), command.Reason!, user.UserName, now);
        if (question is not null)
        {
            await db.SaveChangesAsync(cancellationToken); // the amendment's number, for the answer to refer to
            question.AnswerWith(command.Answer!, user.UserName, now, amendment.Id);
        }
        return solicitation.Id;
    }
}
