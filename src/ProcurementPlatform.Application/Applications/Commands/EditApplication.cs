using Mediator;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Applications.Commands;

[Authorize(Roles.OrganizationUser, RequireActiveOrganization = true)]
public sealed class EditApplicationCommand : ApplicationForm, ICommand<Guid>
{
    public Guid ApplicationId { get; set; }

    /// <summary>The version the user started editing; a save over someone else's newer save is refused.</summary>
    public Guid? Version { get; set; }
}

public sealed class EditApplicationCommandValidator : ApplicationFormValidator<EditApplicationCommand>;

public sealed class EditApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<EditApplicationCommand, Guid>
{
    public async ValueTask<Guid> Handle(EditApplicationCommand command, CancellationToken cancellationToken)
    {
        var (application, solicitation) = await db.LoadOwnAsync(user, command.ApplicationId, cancellationToken);
        if (command.Version is { } version && version != application.Version)
            throw new ConcurrencyConflictException("该申报在您编辑期间已被同单位的其他用户修改并保存。为避免覆盖对方的修改，请刷新页面查看最新内容后再修改。");
        application.Edit(command.ToContent(), solicitation, clock.GetUtcNow().UtcDateTime);
        return application.Id;
    }
}
