using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Portal;
using ProcurementPlatform.Domain.Projects;

namespace ProcurementPlatform.Application.Portal;

public sealed record HomeNotice(Guid Id, string Title, NoticeKind Kind, string DepartmentName, DateTime PublishedAt, DateTime PublicityEndsAt, AwardNoticeStatus Status);

public sealed record HomeProject(Guid Id, string Title, string OrganizationName, Money Amount, ProjectStatus Status, DateTime SignedAt);

public sealed record HomePolicy(Guid Id, string Title, string Issuer, string? DocumentNumber, PolicyLevel Level, DateOnly IssuedOn);

public sealed record HomePage(IReadOnlyList<HomeNotice> AwardNotices, IReadOnlyList<HomeNotice> EvaluationNotices, IReadOnlyList<HomeProject> RecentProjects,
    IReadOnlyList<HomePolicy> Policies);

/// <summary>The home page's lists beyond the calls: the latest award and evaluation notices, newly signed projects and policies.</summary>
public sealed record GetHomePageQuery(int Take = 5) : IQuery<HomePage>;

public sealed class GetHomePageQueryHandler(IApplicationDbContext db) : IQueryHandler<GetHomePageQuery, HomePage>
{
    public async ValueTask<HomePage> Handle(GetHomePageQuery query, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(query.Take, 1, 20);
        Task<List<HomeNotice>> Notices(NoticeKind kind) =>
            (from n in db.AwardNotices.AsNoTracking()
             join s in db.Solicitations on n.SolicitationId equals s.Id
             join d in db.Departments on s.DepartmentId equals d.Id
             where n.Kind == kind
             orderby n.PublishedAt descending
             select new HomeNotice(n.Id, n.Title, n.Kind, d.Name, n.PublishedAt, n.PublicityEndsAt, n.Status)).Take(take).ToListAsync(cancellationToken);
        var awards = await Notices(NoticeKind.Award);
        var evaluations = await Notices(NoticeKind.Evaluation);
        var projects = await (from p in db.Projects.AsNoTracking()
                              join o in db.Organizations on p.OrganizationId equals o.Id
                              where p.SignedAt != null
                              orderby p.SignedAt descending
                              select new HomeProject(p.Id, p.Title, o.Name, p.ContractAmount, p.Status, p.SignedAt!.Value)).Take(take).ToListAsync(cancellationToken);
        var policies = await db.Policies.AsNoTracking().Where(p => p.Status == PolicyStatus.Published)
            .OrderByDescending(p => p.IssuedOn).ThenByDescending(p => p.PublishedAt)
            .Select(p => new HomePolicy(p.Id, p.Title, p.Issuer, p.DocumentNumber, p.Level, p.IssuedOn)).Take(take).ToListAsync(cancellationToken);
        return new HomePage(awards, evaluations, projects, policies);
    }
}
