using System.Net;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Portal.Comments;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>项目留言: held until the department approves (先审后发), personal data masked, never rendered as HTML, replies by the two parties only.</summary>
public sealed class CommentTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public CommentTests(PlatformFactory app) => _app = app;

    private Task<Guid> ProjectAsync(string titlePart) =>
        _app.DbAsync(db => db.Projects.Where(p => p.Title.Contains(titlePart)).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task A_comment_is_held_until_the_department_approves_it_then_shown_with_the_phone_masked_and_the_contact_never()
    {
        var project = await ProjectAsync("暖心陪伴");
        var visitor = _app.Browser();
        var text = $"留言{Guid.NewGuid():N}：活动很好，有事请打 13912345678 找我，我的身份证号 530111199001011234。";
        var posted = await visitor.PostFormAsync($"/projects/{project}/comment", new()
        {
            ["Comment.Nickname"] = "巡查的居民",
            ["Comment.Contact"] = "13800001234",
            ["Comment.Text"] = text,
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("sent=True", posted.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        var id = await _app.DbAsync(db => db.ProjectComments.Where(c => c.Text == text).Select(c => c.Id).SingleAsync());
        var before = await visitor.GetStringAsync($"/projects/{project}");
        Assert.DoesNotContain("巡查的居民", before);

        // The department's officers are told in their inbox.
        var officerId = await _app.DbAsync(db => db.Users.Where(u => u.UserName == TestData.Officer).Select(u => u.Id).SingleAsync());
        Assert.True(await _app.DbAsync(db => db.Notifications.AnyAsync(n => n.RecipientUserId == officerId && n.Kind == NotificationKind.CommentWaiting && n.Key.StartsWith($"comment:{id}"))));

        // The officer sees the original and the contact, and approves.
        var officer = await _app.SignedInAsync(TestData.Officer);
        var desk = await officer.GetStringAsync("/manage/comments?status=Pending");
        Assert.Contains("13800001234", desk);
        Assert.Contains("13912345678", desk);
        var approved = await officer.PostFormAsync("/manage/comments?handler=Approve", new() { ["commentId"] = id.ToString() }, "/manage/comments");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var after = await visitor.GetStringAsync($"/projects/{project}");
        Assert.Contains("巡查的居民", after);
        Assert.Contains("139****5678", after);
        Assert.DoesNotContain("13912345678", after);
        Assert.DoesNotContain("530111199001011234", after);
        Assert.Contains(PersonalDataMask.RemovedId, after);
        Assert.DoesNotContain("13800001234", after);
    }

    [Fact]
    public async Task Html_in_a_comment_and_in_a_reply_is_shown_as_text_never_run()
    {
        var project = await ProjectAsync("银龄乐享");
        const string payload = "<script>alert('xss')</script><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">点我</a>";
        var id = await _app.SendAsAsync(null, m => m.Send(new SubmitCommentCommand { ProjectId = project, Nickname = "<b>昵称</b>", Contact = "a@example.cn", Text = payload }));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new ApproveCommentCommand(id)));
        await _app.SendAsAsync("yangguang@demo.org.cn", m => m.Send(new ReplyToCommentCommand { CommentId = id, Text = "<iframe src=//evil></iframe>已收到" }));

        var html = await _app.Browser().GetStringAsync($"/projects/{project}");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.DoesNotContain("<iframe src=//evil", html);
        Assert.DoesNotContain("<b>昵称</b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&lt;iframe", html);
    }

    [Fact]
    public async Task Only_the_projects_department_moderates_and_only_the_two_parties_reply_once_each()
    {
        var project = await ProjectAsync("银龄乐享"); // 民政局's project, run by 阳光助老
        var id = await _app.SendAsAsync(null, m => m.Send(new SubmitCommentCommand { ProjectId = project, Nickname = "居民甲", Contact = "jia@example.cn", Text = "请问活动时间？" }));

        // Another department's officer neither sees nor approves it.
        var other = await _app.SignedInAsync("gsjd@demo.gov.cn");
        Assert.DoesNotContain("请问活动时间？", await other.GetStringAsync("/manage/comments"));
        await Assert.ThrowsAsync<Application.Common.Exceptions.NotFoundException>(() =>
            _app.SendAsAsync("gsjd@demo.gov.cn", m => m.Send(new ApproveCommentCommand(id))));

        // Nobody replies before it is published.
        var early = await Assert.ThrowsAsync<Domain.Common.DomainException>(() =>
            _app.SendAsAsync("yangguang@demo.org.cn", m => m.Send(new ReplyToCommentCommand { CommentId = id, Text = "您好" })));
        Assert.Contains("已发布", early.Message);

        await _app.SendAsAsync(TestData.Officer, m => m.Send(new ApproveCommentCommand(id)));
        // The organisation running the project is told in its inbox (another organisation is not).
        var yangguang = await _app.DbAsync(db => db.Users.Where(u => u.UserName == "yangguang@demo.org.cn").Select(u => u.Id).SingleAsync());
        var xinqiao = await _app.DbAsync(db => db.Users.Where(u => u.UserName == "xinqiao@demo.org.cn").Select(u => u.Id).SingleAsync());
        Assert.True(await _app.DbAsync(db => db.Notifications.AnyAsync(n => n.RecipientUserId == yangguang && n.Kind == NotificationKind.CommentPublished && n.Key.StartsWith($"comment-published:{id}"))));
        Assert.False(await _app.DbAsync(db => db.Notifications.AnyAsync(n => n.RecipientUserId == xinqiao && n.Key.StartsWith($"comment-published:{id}"))));
        // Approving twice is refused with a reason.
        await Assert.ThrowsAsync<Domain.Common.DomainException>(() => _app.SendAsAsync(TestData.Officer, m => m.Send(new ApproveCommentCommand(id))));

        // Another organisation cannot reply; the project's organisation and department can, once each.
        await Assert.ThrowsAsync<Application.Common.Exceptions.NotFoundException>(() =>
            _app.SendAsAsync("xinqiao@demo.org.cn", m => m.Send(new ReplyToCommentCommand { CommentId = id, Text = "冒名回复" })));
        await _app.SendAsAsync("yangguang@demo.org.cn", m => m.Send(new ReplyToCommentCommand { CommentId = id, Text = "每周六上午九点。" }));
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new ReplyToCommentCommand { CommentId = id, Text = "已督促公开活动安排。" }));
        await Assert.ThrowsAsync<Domain.Common.DomainException>(() =>
            _app.SendAsAsync("yangguang@demo.org.cn", m => m.Send(new ReplyToCommentCommand { CommentId = id, Text = "再补充一句" })));

        var html = await _app.Browser().GetStringAsync($"/projects/{project}");
        Assert.Contains("每周六上午九点。", html);
        Assert.Contains("已督促公开活动安排。", html);
        Assert.DoesNotContain("冒名回复", html);
        var replies = await _app.DbAsync(db => db.ProjectComments.Where(c => c.Id == id).SelectMany(c => c.Replies).CountAsync());
        Assert.Equal(2, replies);
    }

    [Fact]
    public async Task A_rejected_comment_needs_a_reason_and_is_never_published()
    {
        var project = await ProjectAsync("暖心陪伴");
        var id = await _app.SendAsAsync(null, m => m.Send(new SubmitCommentCommand { ProjectId = project, Nickname = "广告号", Contact = "ad@example.cn", Text = "优惠代办各类证件，加微信。" }));
        var officer = await _app.SignedInAsync(TestData.Officer);
        var refused = await officer.PostFormAsync("/manage/comments?handler=Reject", new() { ["Reject.CommentId"] = id.ToString(), ["Reject.Reason"] = "" }, "/manage/comments");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("请填写不予发布的理由", await refused.Content.ReadAsStringAsync());
        Assert.Equal(CommentStatus.Pending, await _app.DbAsync(db => db.ProjectComments.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));

        var rejected = await officer.PostFormAsync("/manage/comments?handler=Reject", new() { ["Reject.CommentId"] = id.ToString(), ["Reject.Reason"] = "广告信息，与项目无关。" }, "/manage/comments");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(CommentStatus.Rejected, await _app.DbAsync(db => db.ProjectComments.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
        Assert.DoesNotContain("优惠代办", await _app.Browser().GetStringAsync($"/projects/{project}"));
    }

    [Fact]
    public async Task Bad_input_gets_chinese_errors_next_to_the_fields_and_saves_nothing()
    {
        var project = await ProjectAsync("暖心陪伴");
        var before = await _app.DbAsync(db => db.ProjectComments.CountAsync());
        var response = await _app.Browser().PostFormAsync($"/projects/{project}/comment", new()
        {
            ["Comment.Nickname"] = "",
            ["Comment.Contact"] = "not-a-contact",
            ["Comment.Text"] = new string('长', ProjectComment.MaxTextLength + 1),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写公开显示的昵称", html);
        Assert.Contains("请填写有效的手机号码或电子邮箱", html);
        Assert.Contains($"留言不能超过{ProjectComment.MaxTextLength}个字", html);
        Assert.Equal(before, await _app.DbAsync(db => db.ProjectComments.CountAsync()));

        // A project that is not public (no signed contract) cannot be commented on.
        var unsigned = await _app.DbAsync(db => db.Projects.Where(p => p.SignedAt == null).Select(p => p.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync($"/projects/{unsigned}/comment")).StatusCode);
    }

    [Fact]
    public async Task Comment_posts_are_rate_limited_per_client()
    {
        using var app = _app.WithWebHostBuilder(b => b.UseSetting("RateLimits:CommentsPer10Minutes", "2"));
        var project = await ProjectAsync("暖心陪伴");
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await client.PostFormAsync($"/projects/{project}/comment", new() { ["Comment.Nickname"] = "", ["Comment.Contact"] = "", ["Comment.Text"] = "" })).StatusCode);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/projects/{project}")).StatusCode);
    }
}
