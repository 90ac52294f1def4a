using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProcurementPlatform.Application.Awards;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Application.Common.Security;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Notifications;

/// <summary>
/// The reminder sweep (run hourly): every rule's due reminders, to every recipient, each at most once — the notification
/// key is unique, so a second run, a concurrent run (whose transaction then fails and is retried) or a run after a crash
/// (whose transaction rolled back) raises nothing twice and misses nothing.
/// </summary>
[Authorize(SystemOnly = true)]
public sealed record SendRemindersCommand : ICommand<int>;

public sealed class SendRemindersCommandHandler(IApplicationDbContext db, IIdentityService identity, Notifier notifier, TimeProvider clock,
    IOptions<ReminderOptions> reminderOptions, IOptions<PublicityOptions> publicityOptions) : ICommandHandler<SendRemindersCommand, int>
{
    public async ValueTask<int> Handle(SendRemindersCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var options = reminderOptions.Value;
        var calendar = publicityOptions.Value.Calendar();
        var users = (await identity.ListUsersAsync(ct)).Where(u => !u.LockedOut).ToList();
        IEnumerable<UserSummary> OfOrganization(Guid id) => users.Where(u => u.OrganizationId == id && u.Roles.Contains(Roles.OrganizationUser));
        IEnumerable<UserSummary> OfDepartment(Guid id) => users.Where(u => u.DepartmentId == id && u.Roles.Contains(Roles.DepartmentOfficer));
        var drafts = new List<NotificationDraft>();
        void To(IEnumerable<UserSummary> recipients, NotificationKind kind, string key, string title, string body, string link) =>
            drafts.AddRange(recipients.Select(u => new NotificationDraft(u.Id, u.Email, kind, title, body, link, $"{key}:{u.Id}")));

        // Call closing: organisations with a draft for the call, 3 days and 1 day before the deadline.
        var horizon = now.AddDays(options.CallClosingDays.DefaultIfEmpty(0).Max());
        var closing = await (from a in db.Applications
                             join s in db.Solicitations on a.SolicitationId equals s.Id
                             where a.Status == ApplicationStatus.Draft && s.Status == SolicitationStatus.Open && s.ClosesAt > now && s.ClosesAt <= horizon
                             select new { a.Id, a.Title, a.OrganizationId, CallId = s.Id, CallTitle = s.Title, s.ClosesAt }).ToListAsync(ct);
        foreach (var d in closing)
            if (ReminderSchedule.BeforeDeadline(d.ClosesAt, now, options.CallClosingDays) is { } occurrence)
                To(OfOrganization(d.OrganizationId), NotificationKind.CallClosing, $"call-closing:{occurrence}:{d.CallId:N}",
                    $"申报即将截止：{d.CallTitle}",
                    $"贵单位的申报《{d.Title}》尚未提交。该项目征集将于 {Display(d.ClosesAt)} 截止，截止后不能再提交，请及时完善并提交。",
                    $"/applications/{d.Id}");

        // Publicity ending (award and evaluation notices): the department, one working day before the period ends.
        var notices = await (from n in db.AwardNotices
                             join s in db.Solicitations on n.SolicitationId equals s.Id
                             where n.Status == AwardNoticeStatus.InPublicity && n.PublicityEndsAt > now
                             select new { n.Id, n.Title, n.PublicityEndsAt, s.DepartmentId }).ToListAsync(ct);
        foreach (var n in notices.Where(n => ReminderSchedule.PublicityEnding(n.PublicityEndsAt, now, calendar, options.PublicityEndingWorkingDays)))
            To(OfDepartment(n.DepartmentId), NotificationKind.PublicityEnding, $"publicity-ending:{n.Id:N}",
                $"公示期即将结束：{n.Title}",
                $"《{n.Title}》的公示期将于 {Display(n.PublicityEndsAt)} 结束。请在期满前答复全部异议；有未答复的异议时不会自动确定结果。",
                $"/notices/{n.Id}");

        // Objections awaiting an answer on the fifth working day.
        var objections = await (from o in db.Objections
                                join n in db.AwardNotices on o.NoticeId equals n.Id
                                join s in db.Solicitations on n.SolicitationId equals s.Id
                                where o.Status == ObjectionStatus.Pending
                                select new { o.Id, o.FiledAt, o.AnswerDueAt, NoticeTitle = n.Title, s.DepartmentId }).ToListAsync(ct);
        foreach (var o in objections.Where(o => ReminderSchedule.ObjectionWaiting(o.FiledAt, now, calendar, options.ObjectionWaitingWorkingDays)))
            To(OfDepartment(o.DepartmentId), NotificationKind.ObjectionWaiting, $"objection-waiting:{o.Id:N}",
                $"异议待答复：{o.NoticeTitle}",
                $"《{o.NoticeTitle}》收到的一条异议已提交 {options.ObjectionWaitingWorkingDays} 个工作日仍未答复，答复期限为 {Display(o.AnswerDueAt)}。",
                "/department/objections");

        // Contracts not signed 20 days after the award: both parties.
        var unsigned = await db.Projects.Where(p => p.Status == ProjectStatus.ContractPending).Select(p => new { p.Id, p.Title, p.AwardedAt, p.ContractDueAt, p.DepartmentId, p.OrganizationId }).ToListAsync(ct);
        foreach (var p in unsigned.Where(p => ReminderSchedule.ContractUnsigned(p.AwardedAt, now, options.ContractUnsignedDays)))
            To(OfDepartment(p.DepartmentId).Concat(OfOrganization(p.OrganizationId)), NotificationKind.ContractUnsigned, $"contract-unsigned:{p.Id:N}",
                $"合同尚未签订：{p.Title}",
                $"项目《{p.Title}》立项已 {(int)(now - p.AwardedAt).TotalDays} 天，三方协议尚未签订。" + (now > p.ContractDueAt
                    ? $"签订期限 {Display(p.ContractDueAt)} 已过，请双方尽快完成签订。"
                    : $"请在 {Display(p.ContractDueAt)} 前完成签订。"),
                $"/manage/projects/{p.Id}");

        // Progress reports: 7 and 1 days before due, daily while overdue for up to 7 days, then the department.
        var running = await db.Projects.Where(p => p.Status == ProjectStatus.Contracted || p.Status == ProjectStatus.InProgress).ToListAsync(ct);
        var runningIds = running.Select(p => p.Id).ToList();
        var filed = (await db.ProgressReports.Where(r => runningIds.Contains(r.ProjectId) && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted))
            .Select(r => new { r.ProjectId, r.PeriodIndex }).ToListAsync(ct)).Select(r => (r.ProjectId, r.PeriodIndex)).ToHashSet();
        foreach (var project in running)
            foreach (var period in project.ReportingPeriods().Where(p => !filed.Contains((project.Id, p.Index))))
            {
                var name = $"第{period.Index}期（{period.From:yyyy-MM-dd} 至 {period.To:yyyy-MM-dd}）";
                var link = $"/manage/projects/{project.Id}";
                if (ReminderSchedule.BeforeDeadline(period.DueAtUtc, now, options.ReportDueDays) is { } before)
                    To(OfOrganization(project.OrganizationId), NotificationKind.ReportDue, $"report-due:{before}:{project.Id:N}:{period.Index}",
                        $"进度报告即将到期：{project.Title}",
                        $"项目《{project.Title}》{name}进度报告须在 {Display(period.DueAtUtc)} 前提交。", link);
                else if (ReminderSchedule.Overdue(period.DueAtUtc, now, options.ReportOverdueDailyDays) is { } overdue)
                {
                    if (overdue == "escalated")
                        To(OfDepartment(project.DepartmentId), NotificationKind.ReportOverdue, $"report-escalated:{project.Id:N}:{period.Index}",
                            $"进度报告逾期未交：{project.Title}",
                            $"承接单位未提交项目《{project.Title}》{name}进度报告，已逾期超过 {options.ReportOverdueDailyDays} 天（截止 {Display(period.DueAtUtc)}）。请督促提交；逾期报告影响后续拨付。", link);
                    else
                        To(OfOrganization(project.OrganizationId), NotificationKind.ReportOverdue, $"report-{overdue}:{project.Id:N}:{period.Index}",
                            $"进度报告已逾期：{project.Title}",
                            $"项目《{project.Title}》{name}进度报告已于 {Display(period.DueAtUtc)} 到期，尚未提交。请尽快提交；逾期 {options.ReportOverdueDailyDays} 天后将告知项目主管部门。", link);
                }
            }

        // Evaluations: the evaluator 7 days before the due date; the department once it has passed.
        var evaluations = await (from e in db.Evaluations
                                 join p in db.Projects on e.ProjectId equals p.Id
                                 where e.Status == EvaluationStatus.Assigned
                                 select new { e.Id, e.Kind, e.DueAt, e.EvaluatorUserId, ProjectId = p.Id, p.Title, p.DepartmentId }).ToListAsync(ct);
        foreach (var e in evaluations)
        {
            var what = $"项目《{e.Title}》{e.Kind.ToChinese()}";
            if (ReminderSchedule.BeforeDeadline(e.DueAt, now, [options.EvaluationDueDays]) is { } before)
                To(users.Where(u => u.Id == e.EvaluatorUserId), NotificationKind.EvaluationDue, $"evaluation-due:{before}:{e.Id:N}",
                    $"评估即将到期：{e.Title}", $"{what}须在 {Display(e.DueAt)} 前完成评分并提交。", $"/evaluations/{e.Id}");
            else if (now >= e.DueAt)
                To(OfDepartment(e.DepartmentId), NotificationKind.EvaluationOverdue, $"evaluation-overdue:{e.Id:N}",
                    $"评估逾期未完成：{e.Title}", $"{what}已超过完成期限（{Display(e.DueAt)}），评估机构尚未提交评分。", $"/manage/projects/{e.ProjectId}");
        }

        return await notifier.RaiseAsync(drafts, ct);
    }

    private static string Display(DateTime utc) => ChinaTime.FormatDeadline(utc);
}
