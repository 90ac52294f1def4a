using System.Reflection;
using System.Text.RegularExpressions;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.UnitTests.Support;

/// <summary>
/// A fixed calendar for one call for proposals, in UTC (the domain stores UTC):
/// opens 2025-03-01 08:00 CST, closes 2025-03-31 17:00:00 CST, roadshow 2025-04-10 09:00 CST.
/// </summary>
public static class Calendar
{
    public static readonly DateTime OpensAt = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime ClosesAt = new(2025, 3, 31, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime RoadshowAt = new(2025, 4, 10, 1, 0, 0, DateTimeKind.Utc);

    /// <summary>When the officer drafts and publishes the call.</summary>
    public static readonly DateTime BeforeOpening = OpensAt.AddDays(-7);

    /// <summary>Inside the application window.</summary>
    public static readonly DateTime DuringWindow = OpensAt.AddDays(10);

    public static readonly DateTime JustAfterDeadline = ClosesAt.AddSeconds(1);
}

public static class Build
{
    public static readonly Guid DepartmentId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid OrganizationId = Guid.Parse("22222222-2222-2222-2222-222222222222");

    /// <summary>Ceiling 200,000 yuan per project, 1,000,000 yuan in total, rubric 40+30+30.</summary>
    public static SolicitationTerms Terms() => new(
        Title: "2025年社区养老服务项目征集",
        Summary: "面向辖区高龄独居老人提供助餐、助浴、探访等服务。",
        ServiceField: ServiceField.ElderlyCare,
        TargetGroups: "80岁以上独居老人",
        FundSource: FundSource.WelfareLottery,
        ProjectCeiling: Money.FromYuan(200_000),
        TotalBudget: Money.FromYuan(1_000_000),
        ProjectCount: 5,
        Eligibility: "在本市登记满一年的社会组织。",
        OpensAtUtc: Calendar.OpensAt,
        ClosesAtUtc: Calendar.ClosesAt,
        RoadshowAtUtc: Calendar.RoadshowAt,
        ContactInfo: "张老师 010-12345678",
        Rubric:
        [
            new RubricItem("项目设计", 40, "需求分析与目标设定"),
            new RubricItem("执行能力", 30, null),
            new RubricItem("预算合理性", 30, null),
        ]);

    public static Solicitation DraftSolicitation() =>
        new(DepartmentId, Terms(), "officer", Calendar.BeforeOpening);

    public static Solicitation OpenSolicitation()
    {
        var s = DraftSolicitation();
        s.Publish(Calendar.BeforeOpening);
        return s;
    }

    /// <summary>A call brought to <paramref name="status"/> through the entity's own methods only.</summary>
    public static Solicitation SolicitationIn(SolicitationStatus status)
    {
        var s = DraftSolicitation();
        switch (status)
        {
            case SolicitationStatus.Draft:
                break;
            case SolicitationStatus.Cancelled:
                s.Cancel("预算调整", Calendar.BeforeOpening);
                break;
            default:
                s.Publish(Calendar.BeforeOpening);
                if (status == SolicitationStatus.Open) break;
                s.Close(Calendar.JustAfterDeadline);
                if (status == SolicitationStatus.Closed) break;
                s.StartReview(Calendar.JustAfterDeadline);
                if (status == SolicitationStatus.UnderReview) break;
                s.MarkAwarded(Calendar.RoadshowAt);
                if (status == SolicitationStatus.Awarded) break;
                throw new ArgumentOutOfRangeException(nameof(status), status, "no path to this state");
        }
        Assert.Equal(status, s.Status);
        return s;
    }

    /// <summary>Everything a submission needs; requests 170,000 yuan (120,000 + 50,000).</summary>
    public static ApplicationContent CompleteContent() => new(
        Title: "幸福食堂——高龄老人助餐服务",
        Summary: "为社区高龄老人提供每日助餐。",
        Objectives: "一年内服务老人200名。",
        Community: "朝阳区某某社区",
        SocialWorkerName: "李社工",
        SocialWorkerCertified: true,
        SocialWorkerCertificateNo: "S123456",
        Location: "某某社区服务中心",
        PeriodStart: new DateOnly(2025, 5, 1),
        PeriodEnd: new DateOnly(2026, 4, 30),
        Partners: [new PartnerItem(PartnerKind.VolunteerTeam, "社区志愿服务队", "送餐")],
        Activities: [new ActivityItem("助餐个案跟进", OutputType.Casework, 50, 50, null)],
        BudgetLines:
        [
            new BudgetLineItem(BudgetCategory.Personnel, "社工薪酬", Money.FromYuan(120_000)),
            new BudgetLineItem(BudgetCategory.Activities, "餐费补贴", Money.FromYuan(50_000)),
        ]);

    /// <summary>A draft with only a title: acceptable as a draft, not as a submission.</summary>
    public static ApplicationContent TitleOnlyContent() => new(
        "幸福食堂", "", "", "", "", false, null, "", null, null, [], [], []);

    public static ProjectApplication DraftApplication(Solicitation openSolicitation, ApplicationContent? content = null) =>
        new(openSolicitation, OrganizationId, content ?? CompleteContent(), Guid.NewGuid(), "ngo-user", Calendar.DuringWindow);

    /// <summary>
    /// An application in <paramref name="status"/> to <paramref name="solicitation"/> (which stays open).
    /// The review outcomes (Recommended, NotRecommended, Awarded, Disqualified) have no entity method
    /// yet, so those states are set directly; every other state is reached through real methods.
    /// </summary>
    public static ProjectApplication ApplicationIn(ApplicationStatus status, out Solicitation solicitation)
    {
        solicitation = OpenSolicitation();
        var a = DraftApplication(solicitation);
        var at = Calendar.DuringWindow;
        switch (status)
        {
            case ApplicationStatus.Draft:
                break;
            case ApplicationStatus.Submitted:
                a.Submit(solicitation, at);
                break;
            case ApplicationStatus.Withdrawn:
                a.Submit(solicitation, at);
                a.Withdraw(solicitation, "机构人员变动", at);
                break;
            case ApplicationStatus.Eligible:
                a.Submit(solicitation, at);
                a.MarkEligible(at);
                break;
            case ApplicationStatus.Ineligible:
                a.Submit(solicitation, at);
                a.MarkIneligible("登记未满一年", at);
                break;
            default:
                a.Submit(solicitation, at);
                SetPrivate(a, nameof(ProjectApplication.Status), status);
                break;
        }
        Assert.Equal(status, a.Status);
        return a;
    }

    /// <summary>Sets a property with a private setter: only for states the domain cannot reach yet.</summary>
    public static void SetPrivate<T>(object target, string property, T value)
    {
        var info = target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"no property {property}");
        info.SetValue(target, value);
    }
}

public static partial class ChineseText
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    /// <summary>Asserts that a user-facing message is written in Chinese.</summary>
    public static void AssertChinese(string? message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message), "message is empty");
        Assert.True(Han().IsMatch(message), $"not a Chinese message: {message}");
    }
}
