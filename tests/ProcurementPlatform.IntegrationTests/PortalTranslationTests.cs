using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Portal.Search;
using ProcurementPlatform.Domain.Portal;
using ProcurementPlatform.Infrastructure.Persistence;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>The portal's search, comment and home queries built with the SQL Server provider (no server here): they must translate.</summary>
public sealed class PortalTranslationTests : IDisposable
{
    private readonly SqlServerAppDbContext _db = new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
        .UseSqlServer("Server=unused;Database=ProcurementPlatform;TrustServerCertificate=True").Options);

    [Fact]
    public void The_search_queries_translate_with_several_terms()
    {
        var search = new SearchPortalQueryHandler(_db);
        string[] terms = ["养老", "关上"];
        Assert.Contains("LIKE", search.Calls(terms).OrderByDescending(s => s.PublishedAt).Skip(20).Take(20).ToQueryString());
        Assert.Contains("[AwardNoticeEntries]", search.Notices(terms).ToQueryString());
        Assert.Contains("[Organizations]", search.Projects(terms).ToQueryString());
        Assert.Contains("[Body]", search.Policies(terms).ToQueryString());
    }

    [Fact]
    public void The_comment_queries_translate()
    {
        var projectId = Guid.NewGuid();
        var departmentId = Guid.NewGuid();
        Assert.Contains("[ProjectCommentReplies]", _db.ProjectComments.Where(c => c.ProjectId == projectId && c.Status == CommentStatus.Published).OrderBy(c => c.ModeratedAt).ToQueryString());
        var desk = (from c in _db.ProjectComments
                    join p in _db.Projects on c.ProjectId equals p.Id
                    where p.DepartmentId == departmentId
                    orderby c.Status == CommentStatus.Pending ? 0 : 1, c.SubmittedAt descending
                    select new { c, p.Title }).Skip(20).Take(20).ToQueryString();
        Assert.Contains("OFFSET", desk);
    }

    [Fact]
    public void The_home_page_queries_translate()
    {
        var applicationId = Guid.NewGuid();
        var award = (from n in _db.AwardNotices
                     from e in n.Entries
                     where n.Kind == Domain.Awards.NoticeKind.Award && e.ApplicationId == applicationId && e.Outcome == Domain.Awards.AwardOutcome.Awarded
                     orderby n.PublishedAt descending
                     select new { n.Id, e.Score, e.Rank }).ToQueryString();
        Assert.Contains("[AwardNoticeEntries]", award);
        Assert.Contains("DISTINCT", _db.Projects.Where(p => p.SignedAt != null).Select(p => p.OrganizationId).Distinct().ToQueryString());
        // The home page's contracted total: one SUM over the stored fen, as the statistics do.
        Assert.Contains("SUM(", _db.Projects.Where(p => p.SignedAt != null).GroupBy(_ => 1)
            .Select(g => g.Sum(p => (decimal)EF.Property<long>(p, nameof(Domain.Projects.Project.ContractAmount)))).ToQueryString());
        Assert.Contains("TOP", _db.Policies.Where(p => p.Status == PolicyStatus.Published).OrderByDescending(p => p.IssuedOn).Take(5).ToQueryString());
    }

    public void Dispose() => _db.Dispose();
}
