using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Infrastructure.Jobs;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>
/// The public page cache (issue 9, "Speed"). To see whether a page came from the cache, a record is changed behind the
/// app's back (<c>ExecuteUpdate</c> runs SQL directly and skips the DbContext's save, hence the invalidation): a page
/// still showing the old value was served from the cache; once a change is committed through the app, the page shows
/// the new one. The cached response also carries an <c>Age</c> header.
/// </summary>
public sealed class OutputCacheTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public OutputCacheTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task An_anonymous_page_is_served_from_the_cache_until_a_change_is_committed()
    {
        var (id, title) = await PublishCallAsync("缓存测试征集");
        var visitor = _app.Browser();
        var first = await visitor.GetAsync("/calls");
        Assert.Contains(title, await first.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Age"));

        await RenameBehindTheAppsBackAsync(id, title + "（改）");
        var second = await _app.Browser().GetAsync("/calls"); // another visitor
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains(title, html);
        Assert.DoesNotContain(title + "（改）", html);
        Assert.True(second.Headers.Contains("Age"));

        // Any committed change to a call drops the cached call pages.
        await PublishCallAsync("缓存测试另一征集");
        var third = await _app.Browser().GetStringAsync("/calls");
        Assert.Contains(title + "（改）", third);
    }

    [Fact]
    public async Task A_held_comment_keeps_the_cached_project_page_and_its_approval_drops_it()
    {
        var project = await _app.DbAsync(db => db.Projects.Where(p => p.Title.Contains("暖心陪伴")).Select(p => p.Id).SingleAsync());
        Assert.False((await _app.Browser().GetAsync($"/projects/{project}")).Headers.Contains("Age"));

        // Anyone may submit a comment: held for moderation it is on no public page, so the cached page stays.
        var id = await _app.SendAsAsync(null, m => m.Send(new Application.Portal.Comments.SubmitCommentCommand
            { ProjectId = project, Nickname = "缓存测试居民", Contact = "cache@example.cn", Text = "缓存测试留言" }));
        var held = await _app.Browser().GetAsync($"/projects/{project}");
        Assert.True(held.Headers.Contains("Age"));

        await _app.SendAsAsync(TestData.Officer, m => m.Send(new Application.Portal.Comments.ApproveCommentCommand(id)));
        var approved = await _app.Browser().GetAsync($"/projects/{project}");
        Assert.False(approved.Headers.Contains("Age"));
        Assert.Contains("缓存测试留言", await approved.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_query_string_is_part_of_the_key()
    {
        var (_, title) = await PublishCallAsync("缓存查询征集");
        Assert.Contains(title, await _app.Browser().GetStringAsync("/calls"));
        var filtered = await _app.Browser().GetStringAsync("/calls?q=" + Uri.EscapeDataString("不存在的关键词xyz"));
        Assert.DoesNotContain(title, filtered);
    }

    [Fact]
    public async Task Signed_in_users_are_never_served_a_cached_page_and_never_fill_the_cache()
    {
        var (id, title) = await PublishCallAsync("缓存登录征集");
        var officer = await _app.SignedInAsync(TestData.Officer);

        // Signed in first: the personal page is not stored for the next anonymous visitor.
        var personal = await officer.GetStringAsync($"/calls/{id}");
        Assert.Contains("退出", personal);
        var anonymous = await _app.Browser().GetStringAsync($"/calls/{id}");
        Assert.DoesNotContain("退出", anonymous);

        // The anonymous page is now cached; the signed-in user still gets a fresh page of their own.
        await RenameBehindTheAppsBackAsync(id, title + "（新）");
        Assert.DoesNotContain(title + "（新）", await _app.Browser().GetStringAsync($"/calls/{id}"));
        var fresh = await officer.GetAsync($"/calls/{id}");
        var freshHtml = await fresh.Content.ReadAsStringAsync();
        Assert.Contains(title + "（新）", freshHtml);
        Assert.Contains("退出", freshHtml);
        Assert.False(fresh.Headers.Contains("Age"));
    }

    [Fact]
    public async Task A_call_closed_by_the_deadline_job_drops_its_cached_page()
    {
        var (id, title) = await PublishCallAsync("缓存截止征集", closesIn: TimeSpan.FromHours(2));
        Assert.Contains("征集中", await _app.Browser().GetStringAsync($"/calls/{id}"));
        await RenameBehindTheAppsBackAsync(id, title + "（截）");
        Assert.DoesNotContain(title + "（截）", await _app.Browser().GetStringAsync($"/calls/{id}"));

        _app.Clock.Advance(TimeSpan.FromHours(3));
        await _app.RunAsSystemAsync(async sp => { await sp.GetRequiredService<CloseSolicitationJob>().ExecuteAsync(id, default); return 0; });

        var after = await _app.Browser().GetStringAsync($"/calls/{id}");
        Assert.Contains(title + "（截）", after);
        Assert.Contains("已截止", after);
    }

    [Fact]
    public async Task A_notice_page_with_the_objection_form_is_never_cached()
    {
        // The demo's notice of 太和街道 is in publicity: anyone may object, so the page renders an antiforgery token
        // bound to the visitor's cookie. Caching it would hand that token to the next visitor.
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var notices = await _app.DbAsync(db => db.AwardNotices.Where(n => n.Status == AwardNoticeStatus.InPublicity).ToListAsync());
        var notice = notices.First(n => n.InPublicity(now));
        var visitor = _app.Browser();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var response = await visitor.GetAsync($"/notices/{notice.Id}");
            Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync());
            Assert.False(response.Headers.Contains("Age"));
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "");
        }
        // The list has no form and is cached.
        await _app.Browser().GetAsync("/notices");
        Assert.True((await _app.Browser().GetAsync("/notices")).Headers.Contains("Age"));
    }

    [Fact]
    public async Task The_public_api_is_cached_for_anonymous_callers()
    {
        var (id, _) = await PublishCallAsync("缓存接口征集");
        Assert.False((await _app.Browser().GetAsync($"/api/calls/{id}/qa")).Headers.Contains("Age"));
        Assert.True((await _app.Browser().GetAsync($"/api/calls/{id}/qa")).Headers.Contains("Age"));
        var officer = await _app.SignedInAsync(TestData.Officer);
        Assert.False((await officer.GetAsync($"/api/calls/{id}/qa")).Headers.Contains("Age"));
    }

    [Fact]
    public async Task The_static_endpoint_answers()
    {
        Assert.Equal("ok", await _app.Browser().GetStringAsync("/healthz"));
    }

    private async Task<(Guid Id, string Title)> PublishCallAsync(string prefix, TimeSpan? closesIn = null)
    {
        var title = $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        var id = await _app.SendAsAsync(TestData.Officer, m => m.Send(TestData.Call(now, closesIn, title)));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishSolicitationCommand(id)));
        return (id, title);
    }

    private Task RenameBehindTheAppsBackAsync(Guid id, string title) =>
        _app.DbAsync(db => db.Solicitations.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Title, title)));
}
