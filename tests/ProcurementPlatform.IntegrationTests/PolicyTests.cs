using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Exceptions;
using ProcurementPlatform.Application.Policies.Commands;
using ProcurementPlatform.Application.Policies.Queries;
using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>政策法规 (issue 9): safe rendering of Markdown bodies, search and filters, drafts and withdrawn entries, who manages what, attachments.</summary>
public sealed class PolicyTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public PolicyTests(PlatformFactory app) => _app = app;

    private static CreatePolicyCommand NewPolicy(string title, string body = "## 主要内容\n- 第一条") => new()
    {
        Title = title, Issuer = "官渡区民政局", DocumentNumber = "官民发〔2026〕1号", IssuedOn = new DateOnly(2026, 1, 5),
        Level = PolicyLevel.District, Body = body,
    };

    private static readonly System.Text.RegularExpressions.Regex Tags = new("<[a-zA-Z][^>]*>");
    private static readonly System.Text.RegularExpressions.Regex Handler = new(@"\son[a-z]+\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private Task<Guid> PolicyIdAsync(string title) => _app.DbAsync(db => db.Policies.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());

    private static string BodyOf(string html)
    {
        var start = html.IndexOf("<div class=\"policy-body\">", StringComparison.Ordinal);
        var end = html.IndexOf("</article>", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the page has no policy body");
        return html[start..end];
    }

    [Fact]
    public async Task Script_in_a_body_is_rendered_inert_and_formatting_and_external_links_survive()
    {
        const string body = """
            ## 主要内容
            <script>alert('xss')</script>
            <img src=x onerror=alert(1)>
            <iframe src="https://evil.example/"></iframe>
            <a href="javascript:alert(2)">点我</a>
            [链接一](javascript:alert(3))
            [链接二](JaVaScRiPt:alert(4))
            [政府网站](https://www.gov.cn/zhengce/)

            **重点** 和 *强调*

            - 列表一
            - 列表二

            | 项目 | 比例 |
            | --- | ---: |
            | 管理费 | 5% |
            """;
        var id = await _app.SendAsAsync(TestData.SystemAdmin, m => m.Send(NewPolicy("XSS 测试文件", body)));
        await _app.SendAsAsync(TestData.SystemAdmin, m => m.Send(new PublishPolicyCommand(id)));

        var response = await _app.Browser().GetAsync($"/policies/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var rendered = BodyOf(html);
        Assert.DoesNotContain("<script", rendered, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", rendered, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", rendered, StringComparison.OrdinalIgnoreCase);
        // What was markup is shown as text (&lt;…); no element of the body carries a handler or a script URL,
        // and no link anywhere on the page points at javascript:.
        var bodyTags = Tags.Matches(rendered).Select(t => t.Value).ToList();
        Assert.NotEmpty(bodyTags);
        Assert.DoesNotContain(bodyTags, t => Handler.IsMatch(t) || t.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Tags.Matches(html), t => t.Value.Contains("onerror=", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Tags.Matches(html), t => t.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("&lt;script&gt;", rendered);
        // Formatting and safe links are kept; links to other sites are marked.
        Assert.Contains("<h2>主要内容</h2>", rendered);
        Assert.Contains("<strong>重点</strong>", rendered);
        Assert.Contains("<li>列表一</li>", rendered);
        Assert.Contains("<table>", rendered);
        Assert.Contains("href=\"https://www.gov.cn/zhengce/\" rel=\"noopener nofollow\"", rendered);
    }

    [Fact]
    public async Task The_public_list_searches_filters_and_leaves_out_withdrawn_entries()
    {
        async Task<List<string>> Titles(ListPublicPoliciesQuery q) =>
            (await _app.SendAsAsync(null, m => m.Send(q))).Items.Select(i => i.Title).ToList();

        var all = await _app.SendAsAsync(null, m => m.Send(new ListPublicPoliciesQuery(PageSize: 50)));
        Assert.DoesNotContain(all.Items, i => i.Title.Contains("暂行办法"));
        Assert.Equal(all.Items.OrderByDescending(i => i.IssuedOn).Select(i => i.Id), all.Items.Select(i => i.Id)); // newest first

        Assert.Equal(["国务院办公厅关于政府向社会力量购买服务的指导意见"], await Titles(new ListPublicPoliciesQuery("国办发〔2013〕96号")));
        Assert.Equal(["政府购买服务管理办法"], await Titles(new ListPublicPoliciesQuery(Issuer: "财政部")));
        Assert.Equal(["官渡区政府购买社会工作服务项目资金管理办法"], await Titles(new ListPublicPoliciesQuery("专账核算"))); // body text
        Assert.Equal(["民政部 财政部关于政府购买社会工作服务的指导意见"], await Titles(new ListPublicPoliciesQuery(Year: 2012)));
        var district = await Titles(new ListPublicPoliciesQuery(Level: PolicyLevel.District, Year: 2025));
        Assert.Equal(["官渡区政府购买社会工作服务项目资金管理办法", "官渡区社会工作服务项目管理办法"], district);
        Assert.Single(await Titles(new ListPublicPoliciesQuery(Level: PolicyLevel.Provincial)));

        // The page: filters from the query string, paging with ?p=, an unknown level ignored.
        var page = await (await _app.Browser().GetAsync("/policies?level=Central&q=%E8%B4%AD%E4%B9%B0")).Content.ReadAsStringAsync();
        Assert.Contains("政府购买服务管理办法", page);
        Assert.DoesNotContain("官渡区社会工作服务项目管理办法", page);
        Assert.Equal(HttpStatusCode.OK, (await _app.Browser().GetAsync("/policies?level=foo&year=bar&p=x")).StatusCode);
        var second = await _app.SendAsAsync(null, m => m.Send(new ListPublicPoliciesQuery(PageSize: 3, Page: 2)));
        Assert.Equal(all.Items.Skip(3).Take(3).Select(i => i.Id), second.Items.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.OK, (await _app.Browser().GetAsync("/policies?p=2")).StatusCode);
    }

    [Fact]
    public async Task A_withdrawn_entry_is_reachable_by_link_with_its_reason_and_its_attachments_download()
    {
        var interim = await PolicyIdAsync("官渡区政府购买社会工作服务项目资金管理暂行办法");
        var html = await (await _app.Browser().GetAsync($"/policies/{interim}")).Content.ReadAsStringAsync();
        Assert.Contains("已撤下", html);
        Assert.Contains("已被《官渡区政府购买社会工作服务项目资金管理办法》替代", html);
        Assert.DoesNotContain($"/policies/{interim}", await (await _app.Browser().GetAsync("/policies")).Content.ReadAsStringAsync());

        var funds = await _app.DbAsync(db => db.Policies.SingleAsync(p => p.Title == "官渡区政府购买社会工作服务项目资金管理办法"));
        var download = await _app.Browser().GetAsync($"/policies/{funds.Id}/attachments/{funds.Attachments[0].Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("政策解读", Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync($"/policies/{funds.Id}/attachments/999999")).StatusCode);
    }

    [Fact]
    public async Task A_draft_is_not_found_by_the_public_nor_listed_and_its_attachment_is_only_for_its_managers()
    {
        var client = await _app.SignedInAsync(TestData.Officer);
        var created = await client.PostMultipartAsync("/manage/policies/new", new()
        {
            ["Data.Title"] = "草稿：社区协商议事规则", ["Data.Issuer"] = "官渡区民政局", ["Data.IssuedOn"] = "2026-03-01",
            ["Data.Level"] = "District", ["Data.Body"] = "## 主要内容\n- 尚未发布",
        }, [("Files", "原文.pdf", "%PDF-1.4 draft"u8.ToArray())]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.IdFromLocation("/manage/policies/");
        var policy = await _app.DbAsync(db => db.Policies.SingleAsync(p => p.Id == id));
        Assert.Equal(PolicyStatus.Draft, policy.Status);
        Assert.Equal(await _app.DepartmentIdAsync("MZJ"), policy.DepartmentId);
        var attachment = Assert.Single(policy.Attachments);

        Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync($"/policies/{id}")).StatusCode);
        Assert.Empty((await _app.SendAsAsync(null, m => m.Send(new ListPublicPoliciesQuery("社区协商议事规则")))).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync($"/policies/{id}/attachments/{attachment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.SignedInAsync(TestData.OtherOfficer)).GetAsync($"/policies/{id}/attachments/{attachment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/policies/{id}/attachments/{attachment.Id}")).StatusCode);

        // Published from its page, it is public.
        var publish = await client.PostFormAsync($"/manage/policies/{id}?handler=Publish", new(), $"/manage/policies/{id}");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.Browser().GetAsync($"/policies/{id}")).StatusCode);
        Assert.Single((await _app.SendAsAsync(null, m => m.Send(new ListPublicPoliciesQuery("社区协商议事规则")))).Items);
    }

    [Fact]
    public async Task An_officer_manages_only_their_departments_entries_and_the_SystemAdmin_manages_all()
    {
        var mzjEntry = await PolicyIdAsync("官渡区社会工作服务项目管理办法");
        var other = await _app.SignedInAsync(TestData.OtherOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/manage/policies/{mzjEntry}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/manage/policies/{mzjEntry}/edit")).StatusCode);
        Assert.DoesNotContain(mzjEntry.ToString(), await (await other.GetAsync("/manage/policies")).Content.ReadAsStringAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(new WithdrawPolicyCommand { PolicyId = mzjEntry, Reason = "越权" })));
        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsAsync(TestData.OtherOfficer, m => m.Send(new EditPolicyCommand
        {
            PolicyId = mzjEntry, Title = "篡改", Issuer = "x", IssuedOn = new DateOnly(2025, 1, 1), Level = PolicyLevel.District, Body = "x",
        })));
        // Other roles have no management pages at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.SignedInAsync(TestData.Ngo, followRedirects: true)).GetAsync("/manage/policies")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.SignedInAsync(TestData.Supervisor, followRedirects: true)).GetAsync("/manage/policies/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await _app.Browser().GetAsync("/manage/policies")).StatusCode);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _app.SendAsAsync(TestData.Ngo, m => m.Send(NewPolicy("社会组织不能录入"))));

        // The owning officer's list has it; the SystemAdmin's list has everyone's, and the SystemAdmin can edit it.
        var owner = await _app.SignedInAsync(TestData.Officer);
        Assert.Contains($"/manage/policies/{mzjEntry}", await (await owner.GetAsync("/manage/policies")).Content.ReadAsStringAsync());
        var admin = await _app.SignedInAsync(TestData.SystemAdmin);
        Assert.Contains($"/manage/policies/{mzjEntry}", await (await admin.GetAsync("/manage/policies")).Content.ReadAsStringAsync());
        var edit = await admin.PostFormAsync($"/manage/policies/{mzjEntry}/edit", new()
        {
            ["Data.Title"] = "官渡区社会工作服务项目管理办法", ["Data.Issuer"] = "官渡区民政局", ["Data.DocumentNumber"] = "官民发〔2025〕3号",
            ["Data.IssuedOn"] = "2025-03-01", ["Data.Level"] = "District", ["Data.Body"] = "## 主要内容\n- 系统管理员更正的内容",
        });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var html = await (await _app.Browser().GetAsync($"/policies/{mzjEntry}")).Content.ReadAsStringAsync();
        Assert.Contains("系统管理员更正的内容", html);
        Assert.Contains("官民发〔2025〕3号", html);
    }

    [Fact]
    public async Task Invalid_input_is_refused_in_Chinese_next_to_the_fields_and_nothing_is_saved()
    {
        var before = await _app.DbAsync(db => db.Policies.CountAsync());
        var client = await _app.SignedInAsync(TestData.Officer);
        var response = await client.PostFormAsync("/manage/policies/new", new()
        {
            ["Data.Title"] = "  ", ["Data.Issuer"] = new string('机', Policy.MaxIssuerLength + 1), ["Data.IssuedOn"] = "2030-01-01",
            ["Data.Level"] = "", ["Data.Body"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var message in new[] { "请填写文件标题。", $"发文机关不能超过{Policy.MaxIssuerLength}个字。", "成文日期不能晚于今天。", "请选择效力层级。", "请填写正文。" })
            Assert.Contains(message, html);
        Assert.Contains("field-error field-validation-error", html);
        Assert.Equal(before, await _app.DbAsync(db => db.Policies.CountAsync()));

        // A file of a type the platform does not take is refused too, with the allowed types named.
        var exe = await client.PostMultipartAsync("/manage/policies/new", new()
        {
            ["Data.Title"] = "带可执行文件的草稿", ["Data.Issuer"] = "官渡区民政局", ["Data.IssuedOn"] = "2026-01-01", ["Data.Level"] = "District", ["Data.Body"] = "正文",
        }, [("Files", "setup.exe", "MZ\u0090"u8.ToArray())]);
        Assert.Equal(HttpStatusCode.OK, exe.StatusCode);
        Assert.Contains("类型不允许上传", await exe.Content.ReadAsStringAsync());
        Assert.Equal(before, await _app.DbAsync(db => db.Policies.CountAsync()));

        // Withdrawing needs a reason.
        var entry = await PolicyIdAsync("昆明市政府购买社会工作服务实施办法（摘要）");
        var admin = await _app.SignedInAsync(TestData.SystemAdmin);
        var withdraw = await admin.PostFormAsync($"/manage/policies/{entry}?handler=Withdraw", new() { ["Withdraw.Reason"] = " " }, $"/manage/policies/{entry}");
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.Contains("请填写撤下的理由", await withdraw.Content.ReadAsStringAsync());
        Assert.Equal(PolicyStatus.Published, await _app.DbAsync(db => db.Policies.Where(p => p.Id == entry).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Attachments_are_uploaded_downloaded_and_removed_by_the_manager_and_previews_are_sanitised()
    {
        var id = await _app.SendAsAsync(TestData.Officer, m => m.Send(NewPolicy("附件测试文件")));
        var client = await _app.SignedInAsync(TestData.Officer);
        var pdf = "%PDF-1.4 附件内容"u8.ToArray();
        var upload = await client.PostMultipartAsync($"/manage/policies/{id}?handler=Upload", new(), [("Files", "原文.pdf", pdf)]);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        await _app.SendAsAsync(TestData.Officer, m => m.Send(new PublishPolicyCommand(id)));
        var attachment = Assert.Single((await _app.DbAsync(db => db.Policies.SingleAsync(p => p.Id == id))).Attachments);
        Assert.Equal("application/pdf", attachment.ContentType);
        var download = await _app.Browser().GetAsync($"/policies/{id}/attachments/{attachment.Id}");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains($"/policies/{id}/attachments/{attachment.Id}", await (await _app.Browser().GetAsync($"/policies/{id}")).Content.ReadAsStringAsync());

        var remove = await client.PostFormAsync($"/manage/policies/{id}?handler=RemoveAttachment&attachmentId={attachment.Id}", new(), $"/manage/policies/{id}");
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync($"/policies/{id}/attachments/{attachment.Id}")).StatusCode);

        var preview = await client.PostFormAsync("/manage/policies/new?handler=Preview", new()
        {
            ["Data.Title"] = "预览", ["Data.Body"] = "## 预览标题\n<script>alert(1)</script>\n[x](javascript:alert(1))",
        }, "/manage/policies/new");
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<h2>预览标题</h2>", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.DoesNotContain(await _app.DbAsync(db => db.Policies.Select(p => p.Title).ToListAsync()), t => t == "预览");
    }
}
