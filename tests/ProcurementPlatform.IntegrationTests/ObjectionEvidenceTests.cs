using System.Net;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Domain.Awards;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>An objection's optional evidence: refused when unsafe, never public, for the notice's department only (issue 4).</summary>
public sealed class ObjectionEvidenceTests : IClassFixture<PlatformFactory>
{
    private const string NoticeOfficer = "thjd@demo.gov.cn"; // 太和街道 published the demo notice
    private readonly PlatformFactory _app;

    public ObjectionEvidenceTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task Evidence_is_kept_with_the_objection_and_only_the_notices_department_can_open_it()
    {
        var (noticeId, applicationId) = await _app.DbAsync(async db =>
        {
            var notice = await db.AwardNotices.SingleAsync(n => n.Status == AwardNoticeStatus.InPublicity && n.Kind == NoticeKind.Award);
            return (notice.Id, notice.Entries.First().ApplicationId);
        });
        var before = await _app.DbAsync(db => db.Objections.CountAsync());
        var fields = new Dictionary<string, string>
        {
            ["Objection.ApplicationId"] = applicationId.ToString(), ["Objection.Grounds"] = "该项目与本机构去年的项目内容雷同，见附件对比。", ["Objection.Contact"] = "0871-63123456",
        };

        // An executable disguised as a PDF is refused with a clear message, and nothing is saved.
        var visitor = _app.Browser(followRedirects: true);
        var refused = await (await visitor.PostMultipartAsync($"/notices/{noticeId}?handler=Object", fields, [("ObjectionAttachment", "对比.pdf", "MZ\u0090\0"u8.ToArray())])).Content.ReadAsStringAsync();
        Assert.Contains("对比.pdf", refused);
        Assert.Equal(before, await _app.DbAsync(db => db.Objections.CountAsync()));

        var pdf = "%PDF-1.4\n% 对比材料\n"u8.ToArray();
        var filed = await (await visitor.PostMultipartAsync($"/notices/{noticeId}?handler=Object", fields, [("ObjectionAttachment", "对比.pdf", pdf)])).Content.ReadAsStringAsync();
        Assert.Contains("异议已提交", filed);
        var objection = await _app.DbAsync(db => db.Objections.OrderByDescending(o => o.FiledAt).FirstAsync());
        Assert.Equal("对比.pdf", objection.AttachmentName);

        // Public page: the grounds, not the evidence or the contact.
        var publicPage = await (await _app.Browser().GetAsync($"/notices/{noticeId}")).Content.ReadAsStringAsync();
        Assert.Contains("见附件对比", publicPage);
        Assert.DoesNotContain("对比.pdf", publicPage);
        Assert.DoesNotContain("0871-63123456", publicPage);
        var url = $"/notices/{noticeId}?handler=Attachment&objectionId={objection.Id}";
        Assert.NotEqual(HttpStatusCode.OK, (await _app.Browser().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.SignedInAsync(TestData.Officer)).GetAsync(url)).StatusCode);

        // The notice's department sees and opens it.
        var officer = await _app.SignedInAsync(NoticeOfficer);
        Assert.Contains("对比.pdf", await (await officer.GetAsync($"/notices/{noticeId}")).Content.ReadAsStringAsync());
        var download = await officer.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }
}
