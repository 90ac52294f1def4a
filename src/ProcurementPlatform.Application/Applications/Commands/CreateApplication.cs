using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Applications.Commands;

/// <summary>
/// An organisation starts an application (a draft) to an open call. The form carries a one-time
/// <see cref="ClientRequestId"/>: a double-click or retried POST returns the draft already made.
/// </summary>
[Authorize(Roles.OrganizationUser, RequireActiveOrganization = true)]
public sealed class CreateApplicationCommand : ApplicationForm, ICommand<Guid>
{
    public Guid SolicitationId { get; set; }
    public Guid ClientRequestId { get; set; }
}

public sealed class CreateApplicationCommandValidator : ApplicationFormValidator<CreateApplicationCommand>
{
    public CreateApplicationCommandValidator()
    {
        RuleFor(x => x.ClientRequestId).NotEmpty().WithMessage("表单已失效，请刷新页面后重新填写。");
    }
}

public sealed class CreateApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateApplicationCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateApplicationCommand command, CancellationToken cancellationToken)
    {
        var organizationId = user.OrganizationId!.Value;
        var existing = await db.Applications
            .Where(a => a.OrganizationId == organizationId && a.ClientRequestId == command.ClientRequestId)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id) return id;

        var solicitation = await db.Solicitations.FirstOrDefaultAsync(s => s.Id == command.SolicitationId, cancellationToken)
            ?? throw new NotFoundException("未找到该项目征集。");
        // One live application per organisation and call: a second tab or a reload continues the first.
        var live = await FindLiveAsync(db, organizationId, solicitation.Id, cancellationToken);
        if (live is not null)
            throw new DomainException($"贵单位已有该项目征集的申报“{live.Value.Title}”（{live.Value.Status.ToChinese()}），每个单位限报一个项目。请在“我的申报”中继续办理。");
        var application = new ProjectApplication(solicitation, organizationId, command.ToContent(), command.ClientRequestId, user.UserName, clock.GetUtcNow().UtcDateTime);
        db.Applications.Add(application);
        return application.Id;
    }

    public static async Task<(Guid Id, string Title, ApplicationStatus Status)?> FindLiveAsync(IApplicationDbContext db, Guid organizationId, Guid solicitationId, CancellationToken ct)
    {
        var found = await db.Applications.Where(a => a.OrganizationId == organizationId && a.SolicitationId == solicitationId && a.Status != ApplicationStatus.Withdrawn)
            .Select(a => new { a.Id, a.Title, a.Status }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Id, found.Title, found.Status);
    }
}
