using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ProcurementPlatform.Application.Common.Interfaces;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Departments;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Plans;
using ProcurementPlatform.Domain.Questions;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Infrastructure.Persistence;

namespace ProcurementPlatform.Infrastructure.Seeding;

public sealed record DemoAccount(string UserName, string Role, string Description);

/// <summary>
/// Realistic demo data for a fresh embedded start (never in Production): Guandu's departments, three
/// approved organisations and one waiting for approval, one account per role, and calls in every
/// stage of this slice. Runs once: a database that already has departments is left alone.
/// </summary>
public sealed partial class DemoDataSeeder(AppDbContext db, IIdentityService identity, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string Password = "Guandu@2026";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("sysadmin@demo.gov.cn", Roles.SystemAdmin, "系统管理员：审核社会组织注册、系统配置、/hangfire"),
        new("secadmin@demo.gov.cn", Roles.SecurityAdmin, "安全管理员：账号与角色"),
        new("auditadmin@demo.gov.cn", Roles.AuditAdmin, "审计管理员：审计日志"),
        new("mzj@demo.gov.cn", Roles.DepartmentOfficer, "区民政局经办人"),
        new("tqw@demo.gov.cn", Roles.DepartmentOfficer, "团区委经办人"),
        new("gsjd@demo.gov.cn", Roles.DepartmentOfficer, "关上街道社工站经办人"),
        new("thjd@demo.gov.cn", Roles.DepartmentOfficer, "太和街道社工站经办人（立项公示与异议答复）"),
        new("xinqiao@demo.org.cn", Roles.OrganizationUser, "昆明市官渡区心桥社会工作服务中心"),
        new("yangguang@demo.org.cn", Roles.OrganizationUser, "官渡区阳光助老服务中心"),
        new("tongxin@demo.org.cn", Roles.OrganizationUser, "昆明市官渡区童心社会工作服务中心"),
        new("reviewer@demo.gov.cn", Roles.Reviewer, "评审专家"),
        new("evaluator@demo.org.cn", Roles.Evaluator, "第三方评估机构"),
        new("supervisor@demo.gov.cn", Roles.Supervisor, "纪委监委 / 财政 / 审计监督人员"),
    ];

    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Departments.AnyAsync(cancellationToken)) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var mzj = new Department("官渡区民政局", "MZJ");
        var zzb = new Department("中共官渡区委组织部", "ZZB");
        var xcb = new Department("中共官渡区委宣传部", "XCB");
        var tqw = new Department("共青团官渡区委员会", "TQW");
        var gsjd = new Department("关上街道社会工作服务站", "GSJD");
        var thjd = new Department("太和街道社会工作服务站", "THJD");
        db.Departments.AddRange(mzj, zzb, xcb, tqw, gsjd, thjd);

        var xinqiao = Organization("昆明市官渡区心桥社会工作服务中心", "52530111MJY000001", "李明", "13888001234", "xinqiao@demo.org.cn", now);
        var yangguang = Organization("官渡区阳光助老服务中心", "52530111MJY000002", "王芳", "13988002345", "yangguang@demo.org.cn", now);
        var tongxin = Organization("昆明市官渡区童心社会工作服务中心", "52530111MJY000003", "赵磊", "13708003456", "tongxin@demo.org.cn", now);
        var pending = Organization("官渡区邻里守望社区发展中心", "52530111MJY000004", "陈静", "13608004567", "linli@demo.org.cn", now);
        foreach (var o in new[] { xinqiao, yangguang, tongxin }) o.Approve("sysadmin@demo.gov.cn", now);
        db.Organizations.AddRange(xinqiao, yangguang, tongxin, pending);
        await db.SaveChangesAsync(cancellationToken);

        var departmentOf = new Dictionary<string, Guid> { ["mzj@demo.gov.cn"] = mzj.Id, ["tqw@demo.gov.cn"] = tqw.Id, ["gsjd@demo.gov.cn"] = gsjd.Id, ["thjd@demo.gov.cn"] = thjd.Id };
        var organizationOf = new Dictionary<string, Guid> { ["xinqiao@demo.org.cn"] = xinqiao.Id, ["yangguang@demo.org.cn"] = yangguang.Id, ["tongxin@demo.org.cn"] = tongxin.Id };
        foreach (var account in Accounts)
        {
            var (_, errors) = await identity.CreateUserAsync(account.UserName, account.UserName, account.Description, Password, account.Role,
                departmentOf.TryGetValue(account.UserName, out var d) ? d : null, organizationOf.TryGetValue(account.UserName, out var o) ? o : null);
            if (errors.Count > 0) throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join(" ", errors)}");
        }
        var (_, pendingErrors) = await identity.CreateUserAsync("linli@demo.org.cn", "linli@demo.org.cn", "陈静", Password, Roles.OrganizationUser, null, pending.Id);
        if (pendingErrors.Count > 0) throw new InvalidOperationException(string.Join(" ", pendingErrors));

        var today = ChinaTime.TodayCst(now);
        DateTime Cst(int days, int hour) => ChinaTime.FromCst(today.AddDays(days).ToDateTime(new TimeOnly(hour, 0)));

        // Annual release plans (年度发布计划) of the current year; calls below are made from their entries.
        var year = today.Year;
        PlanEntryItem Entry(string title, ServiceField field, string targets, FundSource fund, long yuan, int quarter, string rationale) =>
            new(null, title, field, targets, fund, Money.FromYuan(yuan), quarter, rationale);
        var mzjPlan = new ReleasePlan(mzj.Id, year,
        [
            Entry("困境儿童关爱保护社会工作服务项目", ServiceField.ChildCare, "困境儿童、留守儿童及其家庭", FundSource.FiscalBudget, 900_000, 4, "落实困境儿童分类保障政策，补齐基层儿童关爱服务短板。"),
            Entry("居家养老社会工作服务项目", ServiceField.ElderlyCare, "独居、空巢、失能半失能老年人", FundSource.WelfareLottery, 600_000, 4, "应对人口老龄化，发展居家社区养老服务。"),
            Entry("社会救助“物质+服务”试点项目", ServiceField.SocialAssistance, "低保、特困及低收入家庭", FundSource.SocialAssistanceFund, 400_000, 4, "推进服务类社会救助，提升救助对象自我发展能力。"),
        ], now.AddDays(-60));
        mzjPlan.Publish(now.AddDays(-58));
        mzjPlan.Revise(
        [
            .. mzjPlan.Entries.Select(e => new PlanEntryItem(e.Id, e.Title, e.ServiceField, e.TargetGroups, e.FundSource,
                e.Title.StartsWith("社会救助") ? Money.FromYuan(500_000) : e.EstimatedBudget, e.PlannedQuarter, e.Rationale)),
        ], "根据区财政年度预算批复，社会救助服务项目预算增加 10 万元。", "mzj@demo.gov.cn", now.AddDays(-30));
        var tqwPlan = new ReleasePlan(tqw.Id, year,
        [
            Entry("青少年成长护航社会工作服务项目", ServiceField.ChildCare, "辖区中小学生及青少年", FundSource.FiscalBudget, 300_000, 4, "共青团“青少年成长护航”行动要求。"),
            Entry("青年志愿服务能力提升项目", ServiceField.CivilizationPractice, "青年志愿者", FundSource.CharityFund, 120_000, 4, "培育青年志愿服务骨干。"),
        ], now.AddDays(-50));
        tqwPlan.Publish(now.AddDays(-49));
        var gsjdPlan = new ReleasePlan(gsjd.Id, year,
        [
            Entry("“五社联动”社区营造微项目", ServiceField.CommunityBuilding, "关上街道辖区居民", FundSource.CharityFund, 200_000, 4, "街道社工站年度重点工作。"),
        ], now.AddDays(-45));
        gsjdPlan.Publish(now.AddDays(-44));
        var zzbPlan = new ReleasePlan(zzb.Id, year,
        [
            Entry("党建引领社区治理社会工作服务项目", ServiceField.PartyBuilding, "社区党员、居民骨干", FundSource.FiscalBudget, 400_000, 3, "深化党建引领基层治理。"),
        ], now.AddDays(-70));
        zzbPlan.Publish(now.AddDays(-69));
        db.ReleasePlans.AddRange(mzjPlan, tqwPlan, gsjdPlan, zzbPlan);
        Guid EntryOf(ReleasePlan plan, string title) => plan.Entries.Single(e => e.Title.Contains(title)).Id;

        var children = Call(mzj, "官渡区困境儿童关爱保护社会工作服务项目", ServiceField.ChildCare, "辖区困境儿童、留守儿童及其家庭", FundSource.FiscalBudget,
            300_000, 900_000, 3, Cst(-5, 9), Cst(20, 17), Cst(30, 9),
            "面向辖区困境儿童、留守儿童，开展个案管理、监护能力提升小组、社区儿童之家活动，建立“一人一档”关爱台账，链接学校、社区、志愿者等资源，形成“五社联动”的儿童关爱保护网络。",
            now.AddDays(-6), planEntryId: EntryOf(mzjPlan, "困境儿童"));
        var elderly = Call(mzj, "官渡区居家养老社会工作服务项目", ServiceField.ElderlyCare, "独居、空巢、失能半失能老年人", FundSource.WelfareLottery,
            200_000, 600_000, 3, Cst(-3, 9), Cst(35, 17), Cst(45, 9),
            "依托社区居家养老服务中心，为独居、空巢及失能半失能老年人提供探访关怀、健康管理、精神慰藉、互助小组等专业社会工作服务。",
            now.AddDays(-6), planEntryId: EntryOf(mzjPlan, "居家养老"));
        var youth = Call(tqw, "青少年成长护航社会工作服务项目", ServiceField.ChildCare, "辖区中小学生及青少年", FundSource.FiscalBudget,
            150_000, 300_000, 2, Cst(-2, 9), Cst(10, 17), Cst(15, 9),
            "围绕青少年心理健康、自我保护、生涯规划，联合学校和社区开展小组工作与社区活动，建立青少年社工服务阵地。",
            now.AddDays(-6), planEntryId: EntryOf(tqwPlan, "青少年"));
        var micro = Call(gsjd, "关上街道“五社联动”社区营造微项目", ServiceField.CommunityBuilding, "关上街道辖区居民", FundSource.CharityFund,
            50_000, 200_000, 4, Cst(3, 9), Cst(25, 17), Cst(32, 9),
            "以社区为平台、社会组织为载体、社会工作者为支撑，带动社区志愿者和社会慈善资源，开展社区营造微项目。",
            now, publish: false, planEntryId: EntryOf(gsjdPlan, "五社联动"));
        var party = Call(zzb, "党建引领社区治理社会工作服务项目", ServiceField.PartyBuilding, "社区党员、居民骨干", FundSource.FiscalBudget,
            200_000, 400_000, 2, Cst(-40, 9), Cst(-10, 17), Cst(5, 9),
            "以党建引领为核心，培育社区骨干，搭建居民议事平台，提升社区治理能力。",
            now.AddDays(-41), planEntryId: EntryOf(zzbPlan, "党建引领"));
        db.Solicitations.AddRange(children, elderly, youth, micro, party);

        // 答疑: answered questions (published without the asker), a clarification, a pending question, and
        // an answer that changed the terms (an amendment, with the deadline extended).
        const int cutoffDays = 3;
        var q1 = CallQuestion.Ask(children, xinqiao.Id, "demo", "申报单位是否必须在官渡区登记注册？在昆明市其他区登记的社会组织能否申报？", now.AddDays(-4), cutoffDays);
        q1.AnswerWith("在昆明市范围内登记注册、具有独立法人资格的社会组织均可申报，但项目须在官渡区实施，并配备驻点项目社工。", "mzj@demo.gov.cn", now.AddDays(-3));
        var q2 = CallQuestion.Ask(children, tongxin.Id, "demo", "项目预算中人员经费的比例有无上限？", now.AddDays(-3), cutoffDays);
        q2.AnswerWith("人员经费原则上不超过项目总预算的 50%，须在预算明细中列明岗位与标准。", "mzj@demo.gov.cn", now.AddDays(-2));
        var q3 = CallQuestion.Ask(children, yangguang.Id, "demo", "同一家机构能否与两个社区分别合作申报两个项目？", now.AddDays(-1), cutoffDays);
        var clarification = CallQuestion.Clarify(elderly, "本项目使用彩票公益金，项目活动物资和宣传品须标注“彩票公益金资助”标识；人员经费和行政办公费不得列入彩票公益金预算。", "mzj@demo.gov.cn", now.AddDays(-1));
        // Asked an hour after the window opened (whatever the time of day the demo is seeded).
        var q4 = CallQuestion.Ask(youth, tongxin.Id, "demo", "拟资助 2 个项目、总预算 30 万元，是否可以适当提高单个项目上限？", youth.OpensAt.AddHours(1), cutoffDays);
        db.CallQuestions.AddRange(q1, q2, q3, clarification, q4);
        await db.SaveChangesAsync(cancellationToken);
        var amendment = youth.Amend(new TermsChange(ProjectCeiling: Money.FromYuan(180_000), TotalBudget: Money.FromYuan(360_000)),
            "根据答疑意见并经团区委研究，适当提高项目资金标准。", "tqw@demo.gov.cn", now.AddDays(-1));
        await db.SaveChangesAsync(cancellationToken);
        q4.AnswerWith("可以。单个项目上限调整为 18 万元，总预算相应调整为 36 万元，详见变更公告。", "tqw@demo.gov.cn", now.AddDays(-1), amendment.Id);

        // Applications: a draft and a submission on an open call, and submissions on a call that has since closed.
        db.Applications.Add(Application(children, xinqiao.Id, "“护苗成长”困境儿童关爱社会工作服务项目", "关上街道金马社区", "张晓红", 280_000m, now, submitted: false));
        var tongxinChildren = Application(children, tongxin.Id, "“童心守护”留守儿童陪伴成长计划", "太和街道东站社区", "刘思远", 295_000m, now, submitted: true);
        db.Applications.Add(tongxinChildren);
        var past = now.AddDays(-20);
        db.Applications.Add(Application(party, xinqiao.Id, "“红色邻里”党建引领社区议事能力建设项目", "关上街道关上社区", "杨帆", 190_000m, past, submitted: true));
        db.Applications.Add(Application(party, yangguang.Id, "“银龄先锋”老党员志愿服务赋能项目", "太和街道太和社区", "周敏", 180_000m, past, submitted: true));
        await db.SaveChangesAsync(cancellationToken);
        party.Close(now);
        await db.SaveChangesAsync(cancellationToken);

        // 专家库 and a scheduled roadshow for the closed call: eligibility decided, panel drawn (one expert
        // is excluded for a recent tie with an applicant), the draw recorded.
        var experts = new List<ExpertProfile>();
        var expertSeeds = new (string Email, string Name, string Employer, ServiceField[] Fields, Guid? TiedTo)[]
        {
            ("reviewer@demo.gov.cn", "张建华", "云南大学社会学系", [ServiceField.PartyBuilding, ServiceField.CommunityGovernance], null),
            ("reviewer2@demo.gov.cn", "李秀英", "昆明学院社会工作系", [ServiceField.PartyBuilding, ServiceField.ChildCare, ServiceField.CommunityGovernance], null),
            ("reviewer3@demo.gov.cn", "王志强", "云南省社会工作协会", [ServiceField.PartyBuilding, ServiceField.ElderlyCare, ServiceField.CommunityGovernance], null),
            ("reviewer4@demo.gov.cn", "赵丽娟", "昆明市委党校", [ServiceField.PartyBuilding, ServiceField.CommunityGovernance], null),
            ("reviewer5@demo.gov.cn", "陈国栋", "云南财经大学", [ServiceField.PartyBuilding, ServiceField.SocialAssistance, ServiceField.CommunityGovernance], null),
            ("reviewer6@demo.gov.cn", "刘芳", "官渡区社会工作督导中心", [ServiceField.PartyBuilding, ServiceField.ChildCare, ServiceField.CommunityGovernance], null),
            ("reviewer7@demo.gov.cn", "周明", "昆明市官渡区心桥社会工作服务中心（原）", [ServiceField.PartyBuilding, ServiceField.ChildCare], xinqiao.Id),
        };
        foreach (var (email, name, employer, fields, tiedTo) in expertSeeds)
        {
            var userId = email == "reviewer@demo.gov.cn"
                ? (await db.Users.FirstAsync(u => u.UserName == email, cancellationToken)).Id
                : (await identity.CreateUserAsync(email, email, name, Password, Roles.Reviewer, null, null)).UserId
                  ?? throw new InvalidOperationException($"Demo reviewer {email}");
            var affiliations = tiedTo is { } org ? new List<Affiliation> { new(org, AffiliationKind.Employee, today.AddYears(-4), today.AddYears(-1)) } : [];
            experts.Add(ExpertProfile.Admit(new ExpertDetails(name, employer, "副教授", null, fields, affiliations), userId, now));
        }
        db.Experts.AddRange(experts);
        foreach (var application in db.ChangeTracker.Entries<ProjectApplication>().Select(e => e.Entity).Where(a => a.SolicitationId == party.Id))
            application.MarkEligible(now);
        party.StartReview(now);
        var partyApplicants = db.ChangeTracker.Entries<ProjectApplication>().Select(e => e.Entity).Where(a => a.SolicitationId == party.Id).ToList();
        var session = new ReviewSession(party.Id, Cst(5, 9), "官渡区委组织部三楼会议室", PanelDraw.DefaultSize, partyApplicants.Select(a => a.Id).ToList(), now);
        var applicantOrganizations = partyApplicants.Select(a => a.OrganizationId).Distinct().ToList();
        session.SeatPanel(PanelDraw.Draw(experts.Select(e => e.ToCandidate()), ServiceField.PartyBuilding.ToString(), applicantOrganizations, PanelDraw.DefaultSize, 20261123, today),
            applicantOrganizations, today, now);
        db.ReviewSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);

        // A call that went all the way to 立项公示: scored, recommended, published 2 days ago, one objection
        // answered and one awaiting an answer.
        var governance = Call(thjd, "太和街道“五社联动”社区治理服务项目", ServiceField.CommunityGovernance, "太和街道辖区居民", FundSource.FiscalBudget,
            150_000, 300_000, 2, Cst(-60, 9), Cst(-30, 17), Cst(-20, 9),
            "整合社区、社会组织、社会工作者、社区志愿者和社会慈善资源，开展社区议事、邻里互助和居民自治服务。", now.AddDays(-61));
        db.Solicitations.Add(governance);
        var g1 = Application(governance, xinqiao.Id, "“邻里议事厅”社区协商能力建设项目", "太和街道东站社区", "杨帆", 140_000m, now.AddDays(-40), submitted: true);
        var g2 = Application(governance, yangguang.Id, "“银发互助圈”邻里守望服务项目", "太和街道太和社区", "周敏", 130_000m, now.AddDays(-39), submitted: true);
        var g3 = Application(governance, tongxin.Id, "“童心共建”儿童参与社区治理项目", "太和街道金色社区", "刘思远", 145_000m, now.AddDays(-38), submitted: true);
        db.Applications.AddRange(g1, g2, g3);
        await db.SaveChangesAsync(cancellationToken);
        governance.Close(governance.ClosesAt.AddMinutes(1));
        foreach (var a in new[] { g1, g2, g3 }) a.MarkEligible(now.AddDays(-29));
        governance.StartReview(now.AddDays(-28));

        var governanceApplicants = new[] { xinqiao.Id, yangguang.Id, tongxin.Id };
        var roadshow = new ReviewSession(governance.Id, now.AddDays(-20), "太和街道社会工作服务站会议室", PanelDraw.DefaultSize, [g1.Id, g2.Id, g3.Id], now.AddDays(-28));
        roadshow.SeatPanel(PanelDraw.Draw(experts.Select(e => e.ToCandidate()), ServiceField.CommunityGovernance.ToString(), governanceApplicants, PanelDraw.DefaultSize, 20261020, today.AddDays(-28)),
            governanceApplicants, today.AddDays(-28), now.AddDays(-28));
        db.ReviewSessions.Add(roadshow);
        await db.SaveChangesAsync(cancellationToken);
        var rubric = governance.CurrentTerms().Rubric;
        var sheets = new List<ReviewSheet>();
        var factors = new Dictionary<Guid, decimal> { [g1.Id] = 0.88m, [g2.Id] = 0.82m, [g3.Id] = 0.74m };
        var memberIndex = 0;
        foreach (var member in roadshow.Members)
        {
            foreach (var application in new[] { g1, g2, g3 })
            {
                var sheet = new ReviewSheet(roadshow.Id, member.ExpertId, application.Id, false, null, now.AddDays(-20));
                var factor = factors[application.Id] + (memberIndex - 2) * 0.01m;
                sheet.SaveScores(rubric, rubric.Select(r => new CriterionScoreInput(r.Name, Math.Round(r.Weight * factor, 1), null)).ToList(), now.AddDays(-20));
                sheet.Submit(rubric, [], ScoreAggregation.DefaultOutlierMargin, null, now.AddDays(-20).AddMinutes(memberIndex));
                sheets.Add(sheet);
            }
            memberIndex++;
        }
        db.ReviewSheets.AddRange(sheets);
        roadshow.Close(sheets.Select(s => (s.ExpertId, s.ApplicationId)).ToList(), now.AddDays(-19));
        roadshow.RecordRecommendation(null, now.AddDays(-18));
        g1.Recommend(now.AddDays(-18));
        g2.Recommend(now.AddDays(-18));
        g3.NotRecommend(now.AddDays(-18));
        decimal Score(ProjectApplication a) => ScoreAggregation.TrimmedMean(sheets.Where(s => s.ApplicationId == a.Id).Select(s => s.Total).ToList());
        var notice = new AwardNotice(governance.Id, $"{governance.Title}拟立项项目公示",
        [
            new AwardNoticeItem(g1.Id, g1.Title, xinqiao.Name, g1.RequestedAmount, Score(g1), 1),
            new AwardNoticeItem(g2.Id, g2.Title, yangguang.Name, g2.RequestedAmount, Score(g2), 2),
        ], ProcurementPlatform.Domain.Publicity.WorkingDayCalendar.WeekdaysOnly, 5, now.AddDays(-2));
        db.AwardNotices.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        var answeredObjection = new Objection(notice, g1.Id, "该项目与去年已立项的“邻里议事”项目内容相近，是否重复申报？", "13800138000", now.AddDays(9), now.AddDays(-1));
        answeredObjection.Decide(false, "经核查，本项目服务社区与去年项目不同，活动内容和服务对象不重复，异议不成立。", "thjd@demo.gov.cn", now.AddHours(-6));
        db.Objections.AddRange(answeredObjection,
            new Objection(notice, g2.Id, "项目预算中人员经费比例偏高，请说明依据。", "citizen@example.cn", now.AddDays(9), now.AddHours(-3)));
        await db.SaveChangesAsync(cancellationToken);
        await SeedProjectsAsync(mzj, gsjd, yangguang, tongxin, xinqiao, now, cancellationToken);
        await SeedCreditAsync(mzj, xinqiao, now, cancellationToken);
        await SeedDuplicatesAsync(children, elderly, youth, xinqiao, yangguang, now, cancellationToken);
        await SeedPoliciesAsync(mzj, now, cancellationToken);
        await SeedRemindersAsync(cancellationToken);
        await SeedAlertsAsync(mzj, now, cancellationToken);
        await SeedCommentsAsync(now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo data seeded.");
        return true;
    }

    /// <summary>
    /// The implementation stage: last year's 居家养老 call awarded to two organisations — one project in progress
    /// (a report awaiting review, a tranche paid, an over-budget alert, a mid-term evaluation assigned) and one completed
    /// (all reports accepted, mid-term evaluation final, final evaluation results in publicity) — and a recent small award
    /// whose contract is overdue.
    /// </summary>
    private async Task SeedProjectsAsync(Department mzj, Department gsjd, Organization yangguang, Organization tongxin, Organization xinqiao, DateTime now, CancellationToken ct)
    {
        var today = ChinaTime.TodayCst(now);
        DateTime Cst(int days, int hour) => ChinaTime.FromCst(today.AddDays(days).ToDateTime(new TimeOnly(hour, 0)));
        DateTime At(DateOnly day, int hour = 10) => ChinaTime.FromCst(day.ToDateTime(new TimeOnly(hour, 0)));
        var evaluatorId = (await db.Users.FirstAsync(u => u.UserName == "evaluator@demo.org.cn", ct)).Id;
        const string evaluatorName = "云南同心社会工作评估中心";

        var call = Call(mzj, "2025年度居家养老社会工作服务项目", ServiceField.ElderlyCare, "独居、空巢、失能半失能老年人", FundSource.WelfareLottery,
            200_000, 600_000, 3, Cst(-420, 9), Cst(-395, 17), Cst(-388, 9),
            "以彩票公益金支持居家养老社会工作服务，为辖区独居、空巢、失能半失能老年人提供探访关爱、精神慰藉和社会支持服务。", now.AddDays(-421));
        db.Solicitations.Add(call);
        var running = Application(call, yangguang.Id, "“银龄乐享”居家老人关爱服务项目", "关上街道关上社区", "周敏", 190_000m, now.AddDays(-405), submitted: true);
        var done = Application(call, tongxin.Id, "“暖心陪伴”空巢老人社会支持网络项目", "太和街道东站社区", "刘思远", 180_000m, now.AddDays(-404), submitted: true);
        // 心桥's project was not funded last year; this year it comes back almost unchanged (see SeedDuplicatesAsync).
        var unfunded = Application(call, xinqiao.Id, "“夕阳相伴”失能老人家庭照护者支持项目", "关上街道金马社区", "张晓红", 185_000m, now.AddDays(-403), submitted: true, CarersLastYear);
        db.Applications.AddRange(running, done, unfunded);
        await db.SaveChangesAsync(ct);
        call.Close(call.ClosesAt.AddMinutes(1));
        foreach (var a in new[] { running, done, unfunded }) a.MarkEligible(now.AddDays(-393));
        call.StartReview(now.AddDays(-392));
        foreach (var a in new[] { running, done }) a.Recommend(now.AddDays(-386));
        unfunded.NotRecommend(now.AddDays(-386));
        var award = new AwardNotice(call.Id, $"{call.Title}拟立项项目公示",
        [
            new AwardNoticeItem(running.Id, running.Title, yangguang.Name, running.RequestedAmount, 88.40m, 1),
            new AwardNoticeItem(done.Id, done.Title, tongxin.Name, done.RequestedAmount, 85.20m, 2),
        ], ProcurementPlatform.Domain.Publicity.WorkingDayCalendar.WeekdaysOnly, 5, now.AddDays(-385));
        award.Finalise(_ => (false, false), now.AddDays(-375));
        db.AwardNotices.Add(award);
        foreach (var a in new[] { running, done }) a.MarkAwarded(now.AddDays(-375));
        call.MarkAwarded(now.AddDays(-375));
        var p1 = new ProcurementPlatform.Domain.Projects.Project(running.Id, call.Id, yangguang.Id, mzj.Id, running.Title, running.RequestedAmount, now.AddDays(-375));
        var p2 = new ProcurementPlatform.Domain.Projects.Project(done.Id, call.Id, tongxin.Id, mzj.Id, done.Title, done.RequestedAmount, now.AddDays(-375));
        db.Projects.AddRange(p1, p2);

        // Lottery funds pay for activities and materials; personnel and administration come from the general budget.
        ContractTerms Terms(ProjectApplication a, DateOnly start, DateOnly end) => new(a.Community, a.RequestedAmount, start, end, false, ReportingFrequency.Quarterly,
            [new(40, TrancheTrigger.Signing, null), new(40, TrancheTrigger.MidTermAccepted, null), new(20, TrancheTrigger.FinalAccepted, null)],
            a.BudgetLines.OrderBy(l => l.Order).Select(l => new ContractLineInput(l.Category, l.Description, l.Amount,
                l.Category is BudgetCategory.Personnel or BudgetCategory.Administration ? FundSource.FiscalBudget : FundSource.WelfareLottery)).ToList());
        p2.Sign(Terms(done, today.AddDays(-355), today.AddDays(-12)), "mzj@demo.gov.cn", now.AddDays(-360));
        p1.Sign(Terms(running, today.AddDays(-200), today.AddDays(164)), "mzj@demo.gov.cn", now.AddDays(-205));
        await db.SaveChangesAsync(ct);

        var reports = new List<ProgressReport>();
        var evidenceNo = 0;
        ProgressReport Report(ProcurementPlatform.Domain.Projects.Project project, ProjectApplication application, int index, int spendPercent, bool accept, int materialsPercent = 0)
        {
            var period = project.ReportingPeriods()[index - 1];
            var filedAt = At(period.To.AddDays(3));
            var report = new ProgressReport(project, index, "demo", filedAt);
            var outputs = application.Activities.OrderBy(a => a.Order).Select(a => new OutputInput(a.Name, a.OutputType, a.Quantity,
                (int)Math.Round(a.Quantity * 0.25m), (int)Math.Round(a.Beneficiaries * 0.25m))).ToList();
            var spending = project.Lines.OrderBy(l => l.Order).Select(l => new ExpenditureInput(l.Order,
                new Money(l.Amount.Fen * (l.Category == BudgetCategory.Materials && materialsPercent > 0 ? materialsPercent : spendPercent) / 100),
                period.From.AddDays(20), $"{l.Description}（{period.From:yyyy年M月}—{period.To:M月}）")).ToList();
            report.Save(project, new ReportContent(
                $"本期共入户探访独居老人 {outputs[0].Delivered} 户次，开展支持性小组 {outputs[1].Delivered} 节、社区活动 {outputs[2].Delivered} 场。服务对象满意度良好，志愿者队伍稳定。",
                outputs, spending), filedAt);
            var file = new ProcurementPlatform.Domain.Files.StoredFile($"第{index}期活动签到表.pdf", "application/pdf",
                System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% demo sign-in sheet {++evidenceNo}\n%%EOF\n"), filedAt, "demo");
            db.StoredFiles.Add(file);
            report.AddEvidence(file.Id, file.FileName, file.Length);
            report.Submit(project, filedAt);
            if (accept) report.Accept("mzj@demo.gov.cn", "材料齐全，服务量与支出相符，同意通过。", filedAt.AddDays(2));
            db.ProgressReports.Add(report);
            reports.Add(report);
            return report;
        }

        // The completed project: four quarters, all accepted; mid-term evaluation final; final evaluation in publicity.
        for (var i = 1; i <= 4; i++) Report(p2, done, i, 24, accept: true);
        var paid = new List<Disbursement>
        {
            Disbursement.Pay(p2, 1, ChinaTime.TodayCst(now.AddDays(-350)), "GK2025-0001", [], reports.Where(r => r.ProjectId == p2.Id).ToList(), [], "mzj@demo.gov.cn", now.AddDays(-350)),
        };
        var midTerm = new Evaluation(p2, EvaluationKind.MidTerm, evaluatorId, evaluatorName, Evaluation.DefaultIndicators, "mzj@demo.gov.cn", now.AddDays(-190));
        midTerm.SaveScores([new("项目管理", 17, "制度健全，台账规范"), new("服务成效", 34, "服务量完成过半"), new("财务管理", 21, "支出凭证齐全"), new("满意度", 13, null)],
            "项目按计划推进，中期评估良好。", now.AddDays(-180));
        midTerm.Submit(now.AddDays(-180));
        midTerm.MarkPublished();
        var midNotice = new AwardNotice(call.Id, $"{p2.Title}中期评估结果公示",
            [new AwardNoticeItem(done.Id, p2.Title, tongxin.Name, p2.ContractAmount, midTerm.Total!.Value, 1, midTerm.Id, EvaluationKind.MidTerm, midTerm.Grade)],
            ProcurementPlatform.Domain.Publicity.WorkingDayCalendar.WeekdaysOnly, 5, now.AddDays(-178), kind: NoticeKind.Evaluation);
        midNotice.Finalise(_ => (false, false), now.AddDays(-168));
        midTerm.Finalise(now.AddDays(-168));
        db.Evaluations.Add(midTerm);
        db.AwardNotices.Add(midNotice);
        var p2Reports = reports.Where(r => r.ProjectId == p2.Id && r.PeriodTo < ChinaTime.TodayCst(now.AddDays(-160))).ToList();
        paid.Add(Disbursement.Pay(p2, 2, ChinaTime.TodayCst(now.AddDays(-160)), "GK2025-0117", paid, p2Reports, [midTerm], "mzj@demo.gov.cn", now.AddDays(-160)));
        db.Disbursements.AddRange(paid);
        p2.Complete(now.AddDays(-5));
        var final = new Evaluation(p2, EvaluationKind.Final, evaluatorId, evaluatorName, Evaluation.DefaultIndicators, "mzj@demo.gov.cn", now.AddDays(-4));
        final.SaveScores([new("项目管理", 18, "项目管理规范，档案完整"), new("服务成效", 36.5m, "各项服务指标均超额完成"), new("财务管理", 22, "资金使用合规，彩票公益金专款专用"), new("满意度", 14, "服务对象满意度 96%")],
            "项目目标全部达成，服务成效显著，评定为优秀。", now.AddDays(-2));
        final.Submit(now.AddDays(-2));
        final.MarkPublished();
        p2.MarkEvaluated();
        db.Evaluations.Add(final);
        db.AwardNotices.Add(new AwardNotice(call.Id, $"{p2.Title}末期评估结果公示",
            [new AwardNoticeItem(done.Id, p2.Title, tongxin.Name, p2.ContractAmount, final.Total!.Value, 1, final.Id, EvaluationKind.Final, final.Grade)],
            ProcurementPlatform.Domain.Publicity.WorkingDayCalendar.WeekdaysOnly, 5, now.AddHours(-20), kind: NoticeKind.Evaluation));

        // The running project: first quarter accepted, second awaiting review (materials overspent), first tranche paid,
        // mid-term evaluation assigned to the evaluator.
        Report(p1, running, 1, 22, accept: true, materialsPercent: 60);
        Report(p1, running, 2, 20, accept: false, materialsPercent: 55);
        db.Disbursements.Add(Disbursement.Pay(p1, 1, ChinaTime.TodayCst(now.AddDays(-195)), "GK2025-0458", [], [], [], "mzj@demo.gov.cn", now.AddDays(-195)));
        // Assigned two days ago, to be finished within a week (the evaluator is reminded: under 7 days left).
        db.Evaluations.Add(new Evaluation(p1, EvaluationKind.MidTerm, evaluatorId, evaluatorName, Evaluation.DefaultIndicators, "mzj@demo.gov.cn", now.AddDays(-2), now.AddDays(5)));
        var spending = reports.Where(r => r.ProjectId == p1.Id).SelectMany(r => r.Expenditures.Select(e =>
            new SpendRecord(r.Id, $"第{r.PeriodIndex}期报告", e.Order, e.LineOrder, e.Category, e.FundSource, e.Amount, e.SpentOn, e.Description))).ToList();
        foreach (var finding in FundMonitor.Evaluate(p1, spending, [], today)) db.FundAlerts.Add(new FundAlert(p1.Id, finding, now.AddDays(-9)));

        // A small award of 关上街道 whose contract is overdue (awarded 35 days ago).
        var micro = Call(gsjd, "关上街道“五社联动”社区营造微项目", ServiceField.CommunityBuilding, "关上街道辖区居民", FundSource.CharityFund,
            100_000, 100_000, 1, Cst(-90, 9), Cst(-70, 17), Cst(-60, 9), "以慈善资金支持社区营造微项目，培育居民自组织。", now.AddDays(-91));
        db.Solicitations.Add(micro);
        var microApplication = Application(micro, xinqiao.Id, "“邻里花园”社区营造项目", "关上街道金马社区", "杨帆", 98_000m, now.AddDays(-80), submitted: true);
        db.Applications.Add(microApplication);
        await db.SaveChangesAsync(ct);
        micro.Close(micro.ClosesAt.AddMinutes(1));
        microApplication.MarkEligible(now.AddDays(-68));
        micro.StartReview(now.AddDays(-67));
        microApplication.Recommend(now.AddDays(-55));
        var microNotice = new AwardNotice(micro.Id, $"{micro.Title}拟立项项目公示",
            [new AwardNoticeItem(microApplication.Id, microApplication.Title, xinqiao.Name, microApplication.RequestedAmount, 82.60m, 1)],
            ProcurementPlatform.Domain.Publicity.WorkingDayCalendar.WeekdaysOnly, 5, now.AddDays(-50));
        microNotice.Finalise(_ => (false, false), now.AddDays(-35));
        db.AwardNotices.Add(microNotice);
        microApplication.MarkAwarded(now.AddDays(-35));
        micro.MarkAwarded(now.AddDays(-35));
        db.Projects.Add(new ProcurementPlatform.Domain.Projects.Project(microApplication.Id, micro.Id, xinqiao.Id, gsjd.Id, microApplication.Title, microApplication.RequestedAmount, now.AddDays(-35)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// 红黑榜: 心桥 on the red list for an 优秀 final evaluation; 明德 black-listed for misusing funds; 和美 listed for abnormal
    /// activity and applying for credit repair; 春晖's false materials proposed and awaiting 民政局's confirmation; 启航's
    /// listing for a failed evaluation expired and kept in history. The lists are derived by the real rules.
    /// </summary>
    private async Task SeedCreditAsync(Department mzj, Organization xinqiao, DateTime now, CancellationToken ct)
    {
        var today = ChinaTime.TodayCst(now);
        var mingde = Organization("昆明市官渡区明德社会工作服务中心", "52530111MJY000005", "孙伟", "13508005678", "mingde@demo.org.cn", now.AddYears(-3));
        var chunhui = Organization("官渡区春晖社区服务中心", "52530111MJY000006", "周丽", "13408006789", "chunhui@demo.org.cn", now.AddYears(-3));
        var hemei = Organization("官渡区和美社会工作服务社", "52530111MJY000007", "吴刚", "13308007890", "hemei@demo.org.cn", now.AddYears(-3));
        var qihang = Organization("官渡区启航青少年服务中心", "52530111MJY000008", "郑洁", "13208008901", "qihang@demo.org.cn", now.AddYears(-3));
        foreach (var o in new[] { mingde, chunhui, hemei, qihang }) o.Approve("sysadmin@demo.gov.cn", now.AddYears(-3));
        db.Organizations.AddRange(mingde, chunhui, hemei, qihang);
        await db.SaveChangesAsync(ct);
        var (_, errors) = await identity.CreateUserAsync("hemei@demo.org.cn", "hemei@demo.org.cn", "吴刚", Password, Roles.OrganizationUser, null, hemei.Id);
        if (errors.Count > 0) throw new InvalidOperationException(string.Join(" ", errors));

        CreditEvent Event(Organization o, CreditGround ground, int daysAgo, string description, DateTime recordedAt) =>
            new(o.Id, ground, today.AddDays(-daysAgo), mzj.Id, description, "mzj@demo.gov.cn", recordedAt);
        db.CreditEvents.AddRange(
            Event(xinqiao, CreditGround.ExcellentEvaluation, 200, "承接项目《“护苗成长”困境儿童关爱社会工作服务项目（2024年度）》末期评估得分 92.5，等级优秀（评估结果经公示期满确定）。", now.AddDays(-200)),
            Event(mingde, CreditGround.FundMisuse, 120, "经区财政局、区民政局联合检查，该机构将“居家养老”项目彩票公益金 3.2 万元用于机构人员工资，违反彩票公益金使用规定。", now.AddDays(-118)),
            Event(hemei, CreditGround.AbnormalActivity, 75, "未按规定报送2025年度工作报告，经责令限期改正逾期仍未改正，列入活动异常名录。", now.AddDays(-75)),
            Event(chunhui, CreditGround.FalseMaterials, 3, "申报“社区营造微项目”时提交的项目社工职业资格证书经核查系伪造。", now.AddDays(-3)),
            Event(qihang, CreditGround.FailedEvaluation, 400, "承接项目《青少年成长护航社会工作服务项目（2024年度）》末期评估得分 56.0，等级不合格（评估结果经公示期满确定）。", now.AddDays(-400)));
        var options = new ProcurementPlatform.Application.Credit.CreditOptions();

        // A year ago: 启航's failed evaluation was proposed and confirmed; it has since expired.
        var yearAgo = now.AddDays(-395);
        await ProcurementPlatform.Application.Credit.CreditRecompute.RunAsync(db, options, yearAgo, null, ct);
        foreach (var entry in db.ChangeTracker.Entries<CreditEntry>().Select(e => e.Entity).Where(e => e.Status == CreditEntryStatus.Proposed))
            entry.Confirm("mzj@demo.gov.cn", yearAgo.AddDays(2));
        await db.SaveChangesAsync(ct);
        foreach (var (when, organization) in new[] { (now.AddDays(-110), mingde.Id), (now.AddDays(-70), hemei.Id) })
        {
            await ProcurementPlatform.Application.Credit.CreditRecompute.RunAsync(db, options, when, organization, ct);
            foreach (var entry in db.ChangeTracker.Entries<CreditEntry>().Select(e => e.Entity).Where(e => e.Status == CreditEntryStatus.Proposed && e.OrganizationId == organization))
                entry.Confirm("mzj@demo.gov.cn", when.AddDays(1));
            await db.SaveChangesAsync(ct);
        }
        // Today: 心桥's red entry publishes itself, 启航's expires, 春晖's waits for confirmation.
        await ProcurementPlatform.Application.Credit.CreditRecompute.RunAsync(db, options, now, null, ct);
        await db.SaveChangesAsync(ct);
        var hemeiEntry = db.ChangeTracker.Entries<CreditEntry>().Select(e => e.Entity).Single(e => e.OrganizationId == hemei.Id);
        db.CreditRequests.Add(new CreditRequest(hemeiEntry, CreditRequestKind.Repair,
            "我单位已于上月补报2025年度工作报告并经登记管理机关审核通过，法定代表人和联系方式已更新，特申请信用修复，移出活动异常名录。",
            "hemei@demo.org.cn", now.AddDays(13), null, now.AddDays(-2)));
        await db.SaveChangesAsync(ct);
    }

    private static Organization Organization(string name, string first17, string contact, string phone, string email, DateTime now) =>
        new(name, SocialCreditCode.Parse(first17 + SocialCreditCode.CheckCharacter(first17)), contact, phone, email, now);

    private static Solicitation Call(Department department, string title, ServiceField field, string targets, FundSource fund,
        long ceilingYuan, long totalYuan, int count, DateTime opens, DateTime closes, DateTime roadshow, string summary, DateTime now, bool publish = true, Guid? planEntryId = null)
    {
        var terms = new SolicitationTerms(title, summary, field, targets, fund, Money.FromYuan(ceilingYuan), Money.FromYuan(totalYuan), count,
            "1. 在昆明市登记注册、具有独立法人资格的社会组织；\n2. 具有开展相关服务的专业能力，配备持证社会工作者；\n3. 近两年无不良信用记录，未被列入社会组织黑名单；\n4. 年检（年报）合格。",
            opens, closes, roadshow, "联系人：张老师，0871-63123456",
            [
                new RubricItem("需求分析", 15, "服务对象需求调研充分、问题界定清晰"),
                new RubricItem("目标设计", 15, "目标具体、可衡量、与需求对应"),
                new RubricItem("服务方案", 25, "服务内容专业、活动设计合理、产出量化"),
                new RubricItem("团队能力", 20, "项目社工资质与经验、1+1+1+N 联动"),
                new RubricItem("预算合理性", 15, "预算科目清晰、标准合理"),
                new RubricItem("创新性", 10, "服务模式有创新、可推广"),
            ]);
        var call = new Solicitation(department.Id, terms, "demo", now);
        if (planEntryId is { } entryId) call.LinkToPlanEntry(entryId);
        if (publish) call.Publish(now);
        return call;
    }

    private static ProjectApplication Application(Solicitation call, Guid organizationId, string title, string community, string socialWorker, decimal totalYuan, DateTime now, bool submitted, Story? story = null)
    {
        Money Yuan(decimal share) => new((long)(totalYuan * share * 100m));
        var personnel = Yuan(0.45m);
        var activities = Yuan(0.35m);
        var materials = Yuan(0.12m);
        var admin = new Money((long)(totalYuan * 100m)) - personnel - activities - materials;
        var content = new ApplicationContent(title,
            story?.Summary ?? (Pitches.TryGetValue(title, out var pitch) ? pitch.Summary : null) ?? $"项目立足{community}，针对服务对象的实际需求，运用个案、小组、社区三大专业方法，联动社区、志愿者与社会资源开展服务。",
            story?.Objectives ?? (Pitches.TryGetValue(title, out var pitched) ? pitched.Objectives : null) ?? "1. 建立服务对象档案并开展需求评估；2. 提升服务对象及其家庭的支持网络；3. 培育一支稳定的社区志愿服务队伍。",
            community, socialWorker, true, "S2019530100" + (title.Length * 7 % 1000).ToString("000"),
            community, ChinaTime.TodayCst(call.RoadshowAt).AddDays(30), ChinaTime.TodayCst(call.RoadshowAt).AddDays(395),
            SeedContent.Partners(community),
            story?.Activities ??
            SeedContent.StandardActivities,
            SeedContent.Budget(personnel, activities, materials, admin));
        var application = new ProjectApplication(call, organizationId, content, Guid.NewGuid(), "demo", now);
        if (submitted) application.Submit(call, now);
        return application;
    }
}
