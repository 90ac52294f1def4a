using Mediator;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Security;

namespace ProcurementPlatform.Application.Applications.Commands;

/// <summary>
/// Submits a draft before the deadline (server clock: one second late is late). Submitting what is
/// already submitted changes nothing, so a double-click or retry never makes a second submission.
/// </summary>
[Authorize(Roles.OrganizationUser, RequireActiveOrganization = true)]
public sealed record SubmitApplicationCommand(Guid ApplicationId) : ICommand<Guid>;

public sealed class SubmitApplicationCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, ICreditListing creditListing)
    : ICommandHandler<SubmitApplicationCommand, Guid>
{
    public async ValueTask<Guid> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (application, solicitation) = await db.LoadOwnAsync(user, command.ApplicationId, cancellationToken);
        if (application.Status == ApplicationStatus.Submitted) return application.Id;

        var listing = await creditListing.FindBlockingEntryAsync(application.OrganizationId, now, cancellationToken);
        if (listing is not null)
            throw new DomainException($"贵单位已被列入社会组织黑名单（{listing}），在移出黑名单之前不能提交申报。");

        application.Submit(solicitation, now);
        return application.Id;
    }
}
