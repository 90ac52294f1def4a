using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Infrastructure.Seeding;

/// <summary>The parts of an application both seeders write the same way: partners, the usual activities, the four budget lines.</summary>
internal static class SeedContent
{
    public static IReadOnlyList<PartnerItem> Partners(string community) =>
    [
        new PartnerItem(PartnerKind.VolunteerTeam, $"{community}志愿服务队", "入户探访、活动协助"),
        new PartnerItem(PartnerKind.ResidentLeader, "社区楼栋长骨干", "需求发现与信息联络"),
    ];

    public static IReadOnlyList<ActivityItem> StandardActivities { get; } =
    [
        new ActivityItem("个案管理服务", OutputType.Casework, 20, 20, "建立个案档案，开展评估与跟进"),
        new ActivityItem("支持性小组", OutputType.GroupSession, 12, 96, "每组8人，共12节"),
        new ActivityItem("社区主题活动", OutputType.CommunityEvent, 6, 600, null),
    ];

    public static IReadOnlyList<BudgetLineItem> Budget(Money personnel, Money activities, Money materials, Money admin) =>
    [
        new BudgetLineItem(BudgetCategory.Personnel, "项目社工及督导人员经费", personnel),
        new BudgetLineItem(BudgetCategory.Activities, "小组及社区活动经费", activities),
        new BudgetLineItem(BudgetCategory.Materials, "活动物资与宣传材料", materials),
        new BudgetLineItem(BudgetCategory.Administration, "项目管理与办公费用", admin),
    ];
}
