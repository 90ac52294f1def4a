using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Questions;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Questions.Commands;

/// <summary>A signed-in organisation asks about an open call, until the question cut-off.</summary>
[Authorize(Roles.OrganizationUser, RequireActiveOrganization = true)]
public sealed class AskQuestionCommand : ICommand<Guid>
{
    public Guid SolicitationId { get; set; }
    public string? Text { get; set; }
    public FileUpload? Attachment { get; set; }
}

public sealed class AskQuestionCommandValidator : AbstractValidator<AskQuestionCommand>
{
    public AskQuestionCommandValidator(IValidator<FileUpload> files)
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("请填写问题内容。").MaximumLength(CallQuestion.MaxTextLength).WithMessage($"问题不能超过{CallQuestion.MaxTextLength}个字符。");
        RuleFor(x => x.Attachment!).SetValidator(files).When(x => x.Attachment is not null);
    }
}

public sealed class AskQuestionCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<QuestionOptions> options)
    : ICommandHandler<AskQuestionCommand, Guid>
{
    public async ValueTask<Guid> Handle(AskQuestionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var solicitation = await db.Solicitations.Where(Solicitation.IsPublic).FirstOrDefaultAsync(s => s.Id == command.SolicitationId, cancellationToken)
            ?? throw new NotFoundException("未找到该项目征集。");
        var question = CallQuestion.Ask(solicitation, user.OrganizationId!.Value, user.UserId!, command.Text!, now, options.Value.CutoffDays);
        if (command.Attachment is { } upload)
        {
            var file = db.Store(upload, user.UserName, now);
            question.Attach(file.Id, file.FileName);
        }
        db.CallQuestions.Add(question);
        return question.Id;
    }
}

/// <summary>The call's own department answers a question; the answer is published without the asker.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class AnswerQuestionCommand : ICommand<Guid>
{
    public Guid QuestionId { get; set; }
    public string? Answer { get; set; }
}

public sealed class AnswerQuestionCommandValidator : AbstractValidator<AnswerQuestionCommand>
{
    public AnswerQuestionCommandValidator()
    {
        RuleFor(x => x.Answer).NotEmpty().WithMessage("请填写答复内容。").MaximumLength(CallQuestion.MaxTextLength).WithMessage($"答复不能超过{CallQuestion.MaxTextLength}个字符。");
    }
}

public sealed class AnswerQuestionCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AnswerQuestionCommand, Guid>
{
    public async ValueTask<Guid> Handle(AnswerQuestionCommand command, CancellationToken cancellationToken)
    {
        var question = await db.LoadOwnQuestionAsync(user, command.QuestionId, cancellationToken);
        question.AnswerWith(command.Answer!, user.UserName, clock.GetUtcNow().UtcDateTime);
        return question.Id;
    }
}

/// <summary>The department publishes a clarification of its own on an open call.</summary>
[Authorize(Roles.DepartmentOfficer, RequireDepartment = true)]
public sealed class PublishClarificationCommand : ICommand<Guid>
{
    public Guid SolicitationId { get; set; }
    public string? Text { get; set; }
}

public sealed class PublishClarificationCommandValidator : AbstractValidator<PublishClarificationCommand>
{
    public PublishClarificationCommandValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("请填写澄清内容。").MaximumLength(CallQuestion.MaxTextLength).WithMessage($"澄清内容不能超过{CallQuestion.MaxTextLength}个字符。");
    }
}

public sealed class PublishClarificationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<PublishClarificationCommand, Guid>
{
    public async ValueTask<Guid> Handle(PublishClarificationCommand command, CancellationToken cancellationToken)
    {
        var solicitation = await db.Solicitations.FirstOrDefaultAsync(s => s.Id == command.SolicitationId && s.DepartmentId == user.DepartmentId, cancellationToken)
            ?? throw new NotFoundException("未找到该项目征集，或它不属于您所在的部门。");
        var clarification = CallQuestion.Clarify(solicitation, command.Text!, user.UserName, clock.GetUtcNow().UtcDateTime);
        db.CallQuestions.Add(clarification);
        return clarification.Id;
    }
}

internal static class QuestionAccess
{
    /// <summary>A question on a call of the officer's own department; any other is "not found".</summary>
    public static async Task<CallQuestion> LoadOwnQuestionAsync(this IApplicationDbContext db, ICurrentUser user, Guid questionId, CancellationToken ct) =>
        await (from q in db.CallQuestions
               join s in db.Solicitations on q.SolicitationId equals s.Id
               where q.Id == questionId && s.DepartmentId == user.DepartmentId
               select q).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException("未找到该问题，或它不属于您所在部门的项目征集。");
}
