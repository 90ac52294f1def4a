using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Credit;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Departments;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Publicity;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.Infrastructure.Persistence;

namespace ProcurementPlatform.Infrastructure.Seeding;

/// <summary>
/// Realistic volumes for benchmarks (issue 9, "Speed"): a new, migrated SQLite database with departments, organisations and
/// ten years of calls, each taken through its real lifecycle with the entities' own methods (published, applied to,
/// closed, reviewed, awarded after a finalised 立项公示), until the requested number of projects exists. A project's state
/// follows its call's age: the oldest are closed after a final evaluation (whose grade is a credit event), then completed,
/// in progress, and the newest wait for their contract. Thirty calls are open now. The
/// credit lists are derived from the events by the real recompute. No accounts are made (use --create-admin).
/// Bypasses the mediator and its audit: a bulk load, not a record of anyone's actions. Deterministic (fixed seed).
/// </summary>
public static class VolumeSeeder
{
    private const string By = "volume-seed";
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WeekdaysOnly;

    private static readonly (string Name, string Code)[] DepartmentSeeds =
    [
        ("官渡区民政局", "MZJ"), ("共青团官渡区委员会", "TQW"), ("官渡区妇女联合会", "FL"), ("官渡区残疾人联合会", "CL"),
        ("官渡区卫生健康局", "WJJ"), ("官渡区教育体育局", "JTJ"), ("官渡区司法局", "SFJ"), ("中共官渡区委组织部", "ZZB"),
        ("关上街道社会工作服务站", "GSJD"), ("太和街道社会工作服务站", "THJD"), ("吴井街道社会工作服务站", "WJJD"),
        ("金马街道社会工作服务站", "JMJD"), ("小板桥街道社会工作服务站", "XBQJD"), ("官渡街道社会工作服务站", "GDJD"),
    ];

    private static readonly string[] Streets = ["关上", "太和", "吴井", "金马", "小板桥", "官渡", "矣六", "六甲", "大板桥", "阿拉"];
    private static readonly string[] Communities = ["金马", "东站", "关上", "太和", "金色", "双桥", "云秀", "星都", "福德", "凉亭", "前卫", "南窑", "宏仁", "螺蛳湾", "季官"];
    private static readonly string[] OrgWords = ["心桥", "阳光", "童心", "暖阳", "同心", "善行", "春晖", "邻里", "益家", "乐龄", "彩云", "滇池", "明德", "和美", "启航", "向日葵", "馨悦", "朝阳", "协力", "恒爱"];
    private static readonly string[] OrgKinds = ["社会工作服务中心", "社区发展中心", "助老服务中心", "青少年服务中心", "社会工作服务社", "公益服务中心"];
    private static readonly string[] Names = ["张晓红", "刘思远", "周敏", "杨帆", "李明", "王芳", "赵磊", "陈静", "孙伟", "吴刚", "郑洁", "黄丽", "何勇", "马骏", "罗娟"];

    private static readonly (ServiceField Field, string Topic, string Targets, string[] Projects)[] Themes =
    [
        (ServiceField.ChildCare, "困境儿童关爱保护社会工作服务项目", "困境儿童、留守儿童及其家庭", ["“护苗成长”困境儿童关爱项目", "“童心守护”留守儿童陪伴计划", "“四点半课堂”课后托管服务项目", "“家校社”儿童成长支持项目"]),
        (ServiceField.ElderlyCare, "居家养老社会工作服务项目", "独居、空巢、失能半失能老年人", ["“银龄乐享”居家老人关爱项目", "“暖心陪伴”空巢老人支持网络项目", "“时间银行”互助养老项目", "“夕阳相伴”照护者支持项目"]),
        (ServiceField.SocialAssistance, "社会救助“物质+服务”项目", "低保、特困及低收入家庭", ["“助力自强”低保家庭能力建设项目", "“微光计划”特困人员关爱项目", "“救急难”困难家庭帮扶项目"]),
        (ServiceField.DisabilityServices, "残疾人社区康复社会工作服务项目", "残疾人及其家庭", ["“阳光家园”残疾人融合服务项目", "“同行”残障青年就业支持项目", "“康复驿站”社区康复项目"]),
        (ServiceField.CommunityGovernance, "“五社联动”社区治理服务项目", "社区居民", ["“邻里议事厅”社区协商项目", "“楼栋管家”居民自治项目", "“共建共享”小区治理项目"]),
        (ServiceField.PartyBuilding, "党建引领社区治理社会工作服务项目", "社区党员、居民骨干", ["“红色邻里”社区议事能力建设项目", "“银龄先锋”老党员志愿服务项目"]),
        (ServiceField.CivilizationPractice, "新时代文明实践志愿服务项目", "社区居民、志愿者", ["“文明实践”志愿者培育项目", "“书香社区”阅读推广项目"]),
        (ServiceField.CommunityBuilding, "社区营造微项目", "辖区居民", ["“邻里花园”社区营造项目", "“社区客厅”公共空间营造项目", "“老街记忆”社区文化项目"]),
    ];

    public sealed record Result(int Departments, int Organizations, int Calls, int Applications, int Notices, int Projects, int Evaluations, int CreditEvents, int CreditEntries)
    {
        public override string ToString() =>
            $"{Departments} departments, {Organizations} organisations, {Calls} calls, {Applications} applications, {Notices} award notices, " +
            $"{Projects} projects, {Evaluations} final evaluations, {CreditEvents} credit events, {CreditEntries} credit-list entries";
    }

    public static async Task<Result> SeedAsync(string path, int projectCount, int organisationCount, DateTime now, Action<string> progress, CancellationToken ct = default)
    {
        if (File.Exists(path)) throw new InvalidOperationException($"{path} exists; the volume seed makes a new database.");
        await using (var db = Open(path))
        {
            await db.Database.MigrateAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        var random = new Random(9);
        var today = ChinaTime.TodayCst(now);

        var departments = DepartmentSeeds.Select(d => new Department(d.Name, d.Code)).ToList();
        var organisations = new List<Organization>(organisationCount);
        for (var i = 0; i < organisationCount; i++)
        {
            var first17 = "52530111" + "M" + i.ToString("D8", CultureInfo.InvariantCulture);
            var name = $"{(i % 3 == 0 ? "昆明市官渡区" : "官渡区")}{OrgWords[i % OrgWords.Length]}{OrgKinds[i / OrgWords.Length % OrgKinds.Length]}" + (i >= OrgWords.Length * OrgKinds.Length ? $"（{i / (OrgWords.Length * OrgKinds.Length) + 1}分中心）" : "");
            var registered = now.AddDays(-3800 - random.Next(400));
            var organisation = new Organization(name, SocialCreditCode.Parse(first17 + SocialCreditCode.CheckCharacter(first17)),
                Names[i % Names.Length], "1380000" + (i % 10000).ToString("D4", CultureInfo.InvariantCulture), $"org{i}@volume.example.cn", registered);
            organisation.Approve(By, registered.AddDays(3));
            organisations.Add(organisation);
        }
        await using (var db = Open(path))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Departments.AddRange(departments);
            db.Organizations.AddRange(organisations);
            await db.SaveChangesAsync(ct);
        }
        progress($"{departments.Count} departments, {organisations.Count} organisations");

        // Calls from ten years ago to now, oldest first; each funds 1–4 projects from 1–3 more applications.
        var projectsPerCall = 3.0;
        var callCount = (int)Math.Ceiling(projectCount / projectsPerCall);
        var span = 3650;
        int calls = 0, applications = 0, notices = 0, projects = 0, evaluations = 0, events = 0;
        var batch = new List<object>();
        async Task FlushAsync()
        {
            await using var db = Open(path);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(batch);
            await db.SaveChangesAsync(ct);
            batch.Clear();
        }

        for (var c = 0; projects < projectCount; c++)
        {
            var age = Math.Max(75, span - (int)((long)span * c / callCount)); // days since the call opened
            var department = departments[random.Next(departments.Count)];
            var theme = Themes[random.Next(Themes.Length)];
            var street = Streets[random.Next(Streets.Length)];
            var opens = ChinaTime.FromCst(today.AddDays(-age).ToDateTime(new TimeOnly(9, 0)));
            var closes = opens.AddDays(25).AddHours(8);
            var year = ChinaTime.TodayCst(opens).Year;
            var funded = Math.Min(1 + random.Next(4), projectCount - projects);
            var ceiling = Money.FromYuan(50_000 * (2 + random.Next(5)));
            var call = NewCall(department, $"{year}年度{street}{theme.Topic}", theme.Field, theme.Targets, ceiling, funded, opens, closes);
            calls++;

            var applicants = Enumerable.Range(0, funded + 1 + random.Next(3)).Select(_ => organisations[random.Next(organisations.Count)]).DistinctBy(o => o.Id).ToList();
            var apps = new List<(ProjectApplication App, Organization Org, decimal Score)>();
            foreach (var (org, k) in applicants.Select((o, k) => (o, k)))
            {
                var community = $"{street}街道{Communities[random.Next(Communities.Length)]}社区";
                var title = $"{theme.Projects[random.Next(theme.Projects.Length)]}（{community}）";
                var amount = ceiling.Fen * (85 + random.Next(15)) / 100 / 100; // whole yuan, 85–99 % of the ceiling
                var app = NewApplication(call, org.Id, title, community, Names[random.Next(Names.Length)], amount, opens.AddDays(2 + k));
                app.Submit(call, opens.AddDays(10 + k));
                apps.Add((app, org, 70m + random.Next(250) / 10m));
                applications++;
            }
            batch.Add(call);
            batch.AddRange(apps.Select(a => (object)a.App));
            call.Close(closes.AddMinutes(1));
            foreach (var a in apps) a.App.MarkEligible(closes.AddDays(2));
            call.StartReview(closes.AddDays(3));
            var ranked = apps.OrderByDescending(a => a.Score).ToList();
            var winners = ranked.Take(funded).ToList();
            foreach (var w in winners) w.App.Recommend(closes.AddDays(10));
            foreach (var l in ranked.Skip(funded)) l.App.NotRecommend(closes.AddDays(10));
            var published = closes.AddDays(12);
            var notice = new AwardNotice(call.Id, $"{call.Title}拟立项项目公示",
                winners.Select((w, rank) => new AwardNoticeItem(w.App.Id, w.App.Title, w.Org.Name, w.App.RequestedAmount, w.Score, rank + 1)).ToList(),
                Calendar, 5, published);
            batch.Add(notice);
            notices++;
            var awardedAt = notice.PublicityEndsAt.AddHours(1);
            if (awardedAt > now) continue; // still in publicity: the projects come when it ends

            notice.Finalise(_ => (false, false), awardedAt);
            foreach (var w in winners) w.App.MarkAwarded(awardedAt);
            call.MarkAwarded(awardedAt);
            foreach (var w in winners)
            {
                var project = new Project(w.App.Id, call.Id, w.Org.Id, department.Id, w.App.Title, w.App.RequestedAmount, awardedAt);
                batch.Add(project);
                projects++;
                var awardDay = ChinaTime.TodayCst(awardedAt);
                if (age < 120 && random.Next(3) > 0) continue; // recent: contract not signed yet
                var starts = awardDay.AddDays(15);
                var ends = starts.AddDays(364);
                project.Sign(Contract(w.App, starts, ends), By, awardedAt.AddDays(10));
                project.StartIfContracted();
                if (ends.AddDays(30) > today) continue; // in progress
                var completedAt = ChinaTime.FromCst(ends.AddDays(5).ToDateTime(new TimeOnly(10, 0)));
                project.Complete(completedAt);
                if (random.Next(10) == 0) continue; // completed, final evaluation not yet assigned
                var evaluation = new Evaluation(project, EvaluationKind.Final, "volume-evaluator", "云南同心社会工作评估中心", Evaluation.DefaultIndicators, By, completedAt.AddDays(2));
                var quality = random.Next(100) switch { < 8 => 0.55m, < 30 => 0.93m, _ => 0.72m + random.Next(15) / 100m };
                evaluation.SaveScores(Evaluation.DefaultIndicators.Select(i => new IndicatorScoreInput(i.Name, Math.Round(i.Weight * quality, 1), null)).ToList(),
                    "项目按合同完成服务，档案规范，服务对象满意。", completedAt.AddDays(20));
                evaluation.Submit(completedAt.AddDays(20));
                evaluation.MarkPublished();
                project.MarkEvaluated();
                var closedAt = completedAt.AddDays(30);
                evaluation.Finalise(closedAt);
                project.Close(evaluation.Id, evaluation.Grade!.Value, evaluation.Total!.Value, closedAt);
                batch.Add(evaluation);
                evaluations++;
                if (evaluation.Grade is EvaluationGrade.Excellent or EvaluationGrade.Failed)
                {
                    batch.Add(new CreditEvent(w.Org.Id, evaluation.Grade == EvaluationGrade.Excellent ? CreditGround.ExcellentEvaluation : CreditGround.FailedEvaluation,
                        ChinaTime.TodayCst(closedAt), department.Id, $"承接项目《{project.Title}》末期评估得分 {evaluation.Total:0.0}，等级{evaluation.Grade.Value.ToChinese()}（评估结果经公示期满确定）。", By, closedAt));
                    events++;
                }
            }
            if (batch.Count >= 2000)
            {
                await FlushAsync();
                progress($"{calls} calls, {projects} projects");
            }
        }

        // Now: calls open for applications.
        for (var i = 0; i < 30; i++)
        {
            var theme = Themes[i % Themes.Length];
            var street = Streets[i % Streets.Length];
            var opens = now.AddDays(-3 - i % 10);
            var call = NewCall(departments[i % departments.Count], $"{today.Year}年度{street}{theme.Topic}（第{i / Themes.Length + 1}批）", theme.Field, theme.Targets,
                Money.FromYuan(200_000), 2, opens, now.AddDays(10 + i));
            batch.Add(call);
            calls++;
        }
        await FlushAsync();

        int entries;
        await using (var db = Open(path))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await CreditRecompute.RunAsync(db, new CreditOptions(), now, null, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            entries = await db.CreditEntries.CountAsync(ct);
        }
        return new Result(departments.Count, organisations.Count, calls, applications, notices, projects, evaluations, events, entries);
    }

    private static SqliteAppDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={path}").Options);

    private static Solicitation NewCall(Department department, string title, ServiceField field, string targets, Money ceiling, int count, DateTime opens, DateTime closes)
    {
        var terms = new SolicitationTerms(title,
            $"面向{targets}，运用个案、小组、社区工作方法开展专业社会工作服务，联动社区、社会组织、社会工作者、社区志愿者和社会慈善资源，形成“五社联动”服务网络。",
            field, targets, FundSource.FiscalBudget, ceiling, new Money(ceiling.Fen * count), count,
            "1. 在昆明市登记注册、具有独立法人资格的社会组织；\n2. 配备持证社会工作者；\n3. 近两年无不良信用记录，未被列入社会组织黑名单。",
            opens, closes, closes.AddDays(7), "联系人：张老师，0871-63123456",
            [
                new RubricItem("需求分析", 20, "需求调研充分、问题界定清晰"),
                new RubricItem("服务方案", 40, "服务内容专业、活动设计合理、产出量化"),
                new RubricItem("团队能力", 25, "项目社工资质与经验、1+1+1+N 联动"),
                new RubricItem("预算合理性", 15, "预算科目清晰、标准合理"),
            ]);
        var call = new Solicitation(department.Id, terms, By, opens.AddDays(-1));
        call.Publish(opens.AddDays(-1));
        return call;
    }

    private static ProjectApplication NewApplication(Solicitation call, Guid organizationId, string title, string community, string socialWorker, long totalYuan, DateTime at)
    {
        Money Yuan(decimal share) => new((long)(totalYuan * share) * 100);
        var personnel = Yuan(0.45m);
        var activities = Yuan(0.35m);
        var materials = Yuan(0.12m);
        var admin = new Money(totalYuan * 100) - personnel - activities - materials;
        var content = new ApplicationContent(title,
            $"项目立足{community}，针对服务对象的实际需求，运用个案、小组、社区三大专业方法，联动社区、志愿者与社会资源开展服务。",
            "1. 建立服务对象档案并开展需求评估；2. 提升服务对象及其家庭的支持网络；3. 培育一支稳定的社区志愿服务队伍。",
            community, socialWorker, true, "S2019530100" + (title.Length * 7 % 1000).ToString("000", CultureInfo.InvariantCulture),
            community, ChinaTime.TodayCst(call.RoadshowAt).AddDays(30), ChinaTime.TodayCst(call.RoadshowAt).AddDays(395),
            SeedContent.Partners(community),
            SeedContent.StandardActivities,
            SeedContent.Budget(personnel, activities, materials, admin));
        return new ProjectApplication(call, organizationId, content, Guid.NewGuid(), By, at);
    }

    private static ContractTerms Contract(ProjectApplication a, DateOnly start, DateOnly end) =>
        new(a.Community, a.RequestedAmount, start, end, false, ReportingFrequency.Quarterly,
            [new(40, TrancheTrigger.Signing, null), new(40, TrancheTrigger.MidTermAccepted, null), new(20, TrancheTrigger.FinalAccepted, null)],
            a.BudgetLines.OrderBy(l => l.Order).Select(l => new ContractLineInput(l.Category, l.Description, l.Amount, FundSource.FiscalBudget)).ToList());
}
