using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.Infrastructure.Seeding;

/// <summary>
/// 项目留言: residents' comments on 民政局's two elderly-care projects — published ones with the department's and the
/// organisation's replies, and two held for moderation (one carrying a phone number the public will see masked).
/// </summary>
public sealed partial class DemoDataSeeder
{
    private async Task SeedCommentsAsync(DateTime now, CancellationToken ct)
    {
        var projects = await db.Projects.Where(p => p.SignedAt != null).OrderBy(p => p.SignedAt).ToListAsync(ct);
        var completed = projects.First(p => p.Title.Contains("暖心陪伴"));
        var running = projects.First(p => p.Title.Contains("银龄乐享"));
        var department = await db.Departments.Where(d => d.Id == running.DepartmentId).Select(d => d.Name).FirstAsync(ct);
        var runningOrg = await db.Organizations.Where(o => o.Id == running.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        var completedOrg = await db.Organizations.Where(o => o.Id == completed.OrganizationId).Select(o => o.Name).FirstAsync(ct);

        var thanks = ProjectComment.Submit(completed.Id, "东站社区居民", "13987650001",
            "社工每周都来看望我家老人，还帮着联系了社区医生上门，老人现在开朗多了。感谢项目团队！", now.AddDays(-40));
        thanks.Approve("mzj@demo.gov.cn", now.AddDays(-39));
        thanks.Reply(CommentReplyAuthor.Organization, completedOrg, "感谢您的肯定！项目结项后，我们会把探访志愿者队伍交给社区继续运转。", "tongxin@demo.org.cn", now.AddDays(-38));

        var question = ProjectComment.Submit(running.Id, "关上社区老张", "laozhang@example.cn",
            "请问这个项目的探访服务覆盖哪些小区？我们小区也有几位独居老人，不知道能不能申请。", now.AddDays(-12));
        question.Approve("mzj@demo.gov.cn", now.AddDays(-11));
        question.Reply(CommentReplyAuthor.Organization, runningOrg, "本项目覆盖关上社区全部小区，可拨打社区居委会电话或到社工站登记，我们会在一周内上门评估。", "yangguang@demo.org.cn", now.AddDays(-10));
        question.Reply(CommentReplyAuthor.Department, department, "已督促承接单位将服务覆盖范围在社区公示栏公开，欢迎继续监督。", "mzj@demo.gov.cn", now.AddDays(-9));

        var suggestion = ProjectComment.Submit(running.Id, "热心居民", "13700001111",
            "建议周末也安排一次集体活动，上班的子女可以陪老人一起参加。", now.AddDays(-6));
        suggestion.Approve("mzj@demo.gov.cn", now.AddDays(-5));

        // Held for moderation: the second one carries a phone number that will be masked when published.
        var pendingWithPhone = ProjectComment.Submit(running.Id, "金马社区志愿者", "13611112222",
            "我想报名做探访志愿者，我的电话是13611112222，请项目社工联系我。", now.AddHours(-20));
        var pendingComplaint = ProjectComment.Submit(running.Id, "匿名居民", "resident@example.cn",
            "上个月的健康讲座临时取消了，没有提前通知，希望以后改进。", now.AddHours(-5));
        db.ProjectComments.AddRange(thanks, question, suggestion, pendingWithPhone, pendingComplaint);
        await db.SaveChangesAsync(ct);
    }
}
