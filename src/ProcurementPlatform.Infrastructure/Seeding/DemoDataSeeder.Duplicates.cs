using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Duplicates;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Infrastructure.Seeding;

/// <summary>
/// 重复申报: three realistic cases for the triage desk — the same project sent to two departments with the wording
/// adjusted to each call (民政局 and 团区委 both see it), last year's unfunded project resubmitted almost unchanged, and one
/// project split into two applications to two calls — found by the real engine through the nightly sweep.
/// </summary>
public sealed partial class DemoDataSeeder
{
    /// <summary>An application's own text, where the demo needs more than the stock wording.</summary>
    private sealed record Story(string Summary, string Objectives, ActivityItem[] Activities);

    /// <summary>What each other demo application says about itself (its activities use the stock list); real applications differ in their words.</summary>
    private static readonly Dictionary<string, (string Summary, string Objectives)> Pitches = new()
    {
        ["“护苗成长”困境儿童关爱社会工作服务项目"] = ("针对金马社区事实无人抚养儿童和重病重残家庭儿童，社工逐户核实监护状况，建立“一人一档”关爱台账，协调民政、教育、卫健部门落实分类保障，开展监护人责任督导。",
            "1. 核实并建档困境儿童不少于25名；2. 监护风险排查覆盖率100%；3. 开展监护人能力提升培训4场。"),
        ["“童心守护”留守儿童陪伴成长计划"] = ("东站社区外来务工人员集中，留守和流动儿童放学后缺少看护。项目开设“童心驿站”，组织志愿者开展作业陪伴、绘本共读和亲子视频连线，并为孩子们开展防溺水、防拐骗自护教育。",
            "1. 童心驿站每周开放5天；2. 亲子视频连线每月覆盖30个家庭；3. 自护教育覆盖儿童200人次。"),
        ["“红色邻里”党建引领社区议事能力建设项目"] = ("以关上社区党委为核心，在各小区建立“红色议事角”，培训楼栋党员掌握协商议事规则，围绕加装电梯、停车管理等难题组织居民协商，形成“党员带头、居民议事、社工支持”的治理机制。",
            "1. 建立红色议事角6个；2. 培训楼栋党员骨干40名；3. 推动解决社区公共议题不少于8项。"),
        ["“银龄先锋”老党员志愿服务赋能项目"] = ("动员太和社区退休老党员组成“银龄先锋队”，经培训后参与政策宣讲、矛盾调解和高龄老人结对关爱，发挥老党员余热，同时丰富其晚年生活，提升社会参与感。",
            "1. 组建银龄先锋队30人；2. 结对关爱高龄老人50户；3. 开展政策宣讲和调解服务120人次。"),
        ["“邻里议事厅”社区协商能力建设项目"] = ("东站社区新老小区混杂、物业纠纷多，项目搭建线上线下结合的“邻里议事厅”，引入罗伯特议事规则，培育居民议事员，社工协助形成议题清单并跟踪落实。",
            "1. 培育居民议事员25名；2. 每月召开议事会1次；3. 议题办结率达到70%。"),
        ["“银发互助圈”邻里守望服务项目"] = ("在太和社区以楼栋为单位组建“银发互助圈”，低龄健康老人每天问候结对的独居高龄老人，遇有异常及时报告网格员，社工定期培训互助员并组织圈内联谊活动。",
            "1. 组建互助圈12个；2. 结对独居高龄老人80人；3. 每日问候率达到95%。"),
        ["“童心共建”儿童参与社区治理项目"] = ("在金色社区成立“儿童议事会”，由儿童参与设计社区儿童友好空间、评议社区安全隐患，社工指导儿童开展社区调查并向社区“两委”提交建议，培养儿童公共参与能力。",
            "1. 儿童议事会成员30名；2. 完成社区儿童友好调查报告1份；3. 推动落实儿童建议不少于5条。"),
        ["“银龄乐享”居家老人关爱服务项目"] = ("为关上社区独居、空巢老人提供定期探访、健康监测和精神慰藉服务，依托居家养老服务中心开设兴趣课堂，组织老年志愿者开展结对互助，降低老人孤独感。",
            "1. 建立独居空巢老人档案60份；2. 每月探访不少于120户次；3. 开设兴趣课堂4个班次。"),
        ["“暖心陪伴”空巢老人社会支持网络项目"] = ("针对东站社区空巢老人社会支持薄弱的问题，社工绘制老人社会支持网络图，链接子女、邻里、社区医生三方力量，建立定期联络机制，并开展缅怀与生命回顾小组。",
            "1. 为50名空巢老人绘制支持网络图；2. 三方联络机制覆盖率80%；3. 开展生命回顾小组2个。"),
        ["“邻里花园”社区营造项目"] = ("将金马社区闲置边角地改造为居民共建共享的“邻里花园”，由社工组织居民共同设计、种植和维护，通过认领种植、亲子自然课堂等活动增进邻里交往。",
            "1. 改造闲置空间300平方米；2. 认领种植家庭40户；3. 开展亲子自然课堂10期。"),
    };

    private static readonly Story CarersLastYear = new(
        "项目面向关上街道金马社区的失能、半失能老人家庭，聚焦长期照护给家庭照护者带来的身心压力。项目由持证社工入户评估照护需求，为照护者提供照护技能培训、喘息服务和心理减压小组，链接社区卫生服务中心开展上门健康指导，并建立照护者互助微信群，推动形成“社工+医护+志愿者”的居家照护支持网络。",
        "1. 完成30户失能老人家庭照护需求评估并建立照护档案；2. 开展照护技能培训6场，照护者技能掌握率达到85%；3. 提供喘息服务不少于200小时；4. 开展照护者减压小组2个共12节，照护者压力量表得分平均下降15%。",
        [
            new ActivityItem("照护需求入户评估", OutputType.Casework, 30, 30, "社工与社区医生共同入户，使用照护需求评估量表建立“一户一档”"),
            new ActivityItem("照护技能培训", OutputType.CommunityEvent, 6, 180, "邀请康复治疗师讲授翻身拍背、压疮预防、安全转移等居家照护技能"),
            new ActivityItem("喘息服务", OutputType.Other, 200, 30, "由培训合格的志愿者上门陪护，让照护者每月获得至少半天休息"),
            new ActivityItem("照护者减压小组", OutputType.GroupSession, 12, 24, "运用正念减压和叙事方法，帮助照护者舒缓情绪、建立同伴支持"),
        ]);

    private static readonly Story CarersThisYear = new(
        "项目面向关上街道金马社区的失能、半失能老人家庭，聚焦长期照护给家庭照护者带来的身心压力。项目由持证社工入户评估照护需求，为照护者提供照护技能培训、喘息服务和心理减压小组，链接社区卫生服务中心开展上门健康指导，并建立照护者互助群，推动形成“社工+医护+志愿者”的居家照护支持网络。本期服务范围扩展至金马社区新建小区。",
        "1. 完成35户失能老人家庭照护需求评估并建立照护档案；2. 开展照护技能培训6场，照护者技能掌握率达到85%；3. 提供喘息服务不少于240小时；4. 开展照护者减压小组2个共12节，照护者压力量表得分平均下降15%。",
        [
            new ActivityItem("照护需求入户评估", OutputType.Casework, 35, 35, "社工与社区医生共同入户，使用照护需求评估量表建立“一户一档”"),
            new ActivityItem("照护技能培训", OutputType.CommunityEvent, 6, 180, "邀请康复治疗师讲授翻身拍背、压疮预防、安全转移等居家照护技能"),
            new ActivityItem("喘息服务", OutputType.Other, 240, 35, "由培训合格的志愿者上门陪护，让照护者每月获得至少半天休息"),
            new ActivityItem("照护者减压小组", OutputType.GroupSession, 12, 24, "运用正念减压和叙事方法，帮助照护者舒缓情绪、建立同伴支持"),
        ]);

    private static Story Companions(string who) => new(
        $"项目在太和街道东站社区实施，服务对象为辖区内因父母外出务工、家庭变故而缺乏学业辅导和情感支持的{who}。项目以“学业陪伴+心理关爱”为主线，组织大学生志愿者每周开展四次课后学业辅导，由驻点社工对存在情绪和行为困扰的{who}开展个案辅导，并通过亲子沟通工作坊改善家庭教养方式，在东站社区建立“四点半课堂”，形成学校、社区、家庭三方联动的成长支持机制。",
        $"1. 为40名{who}提供每周四次课后学业辅导，学期末学业成绩提升率达到60%；2. 为15名有情绪困扰的{who}开展个案辅导，结案率不低于80%；3. 开展亲子沟通工作坊8期，参与家庭不少于30户；4. 培育一支不少于20人的大学生志愿者队伍。",
        [
            new ActivityItem("“四点半课堂”学业辅导", OutputType.GroupSession, 120, 40, "周一至周四放学后由大学生志愿者分年级辅导作业，社工负责考勤与安全"),
            new ActivityItem("个案心理辅导", OutputType.Casework, 15, 15, "对情绪和行为困扰明显的服务对象进行评估、制定服务计划并跟进至结案"),
            new ActivityItem("亲子沟通工作坊", OutputType.GroupSession, 8, 60, "围绕倾听、表达与规则建立，邀请家长与孩子共同参加"),
            new ActivityItem("志愿者培训与督导", OutputType.CommunityEvent, 4, 20, "开展儿童保护、辅导技巧培训和每月一次的团体督导"),
        ]);

    private static readonly Story OldAndYoung = new(
        "项目聚焦关上街道关上社区的隔代照料家庭：祖辈照料孙辈负担重、留守儿童缺少陪伴。项目一方面为高龄祖辈提供入户探访、健康监测和紧急呼叫服务，另一方面为隔代照料家庭的儿童开设周末成长营，开展安全教育、阅读陪伴和亲情连线活动，并组织“老少同乐”代际互助活动，促进祖孙沟通，减轻祖辈照料压力。",
        "1. 为60户隔代照料家庭的高龄祖辈提供每月不少于2次的入户探访和健康监测；2. 为40名隔代照料家庭儿童开设周末成长营24期；3. 开展“老少同乐”代际互助活动6场；4. 建立紧急呼叫联络机制，覆盖全部服务家庭。",
        [
            new ActivityItem("高龄祖辈入户探访与健康监测", OutputType.Casework, 60, 60, "社工和志愿者每月两次上门，测量血压血糖，了解照料压力"),
            new ActivityItem("紧急呼叫联络", OutputType.Other, 60, 60, "为服务家庭配置紧急联络卡，与社区网格员建立响应机制"),
            new ActivityItem("儿童周末成长营", OutputType.GroupSession, 24, 40, "周末开展安全教育、阅读陪伴和亲情连线活动，每期半天"),
            new ActivityItem("“老少同乐”代际互助活动", OutputType.CommunityEvent, 6, 300, "祖孙共同参与的手工、游戏和家风故事分享"),
        ]);

    /// <summary>The children's half of <see cref="OldAndYoung"/>, sent to another call as a project of its own.</summary>
    private static readonly Story OldAndYoungChildren = new(
        "项目聚焦关上街道关上社区隔代照料家庭中缺少陪伴的留守儿童，为隔代照料家庭的儿童开设周末成长营，开展安全教育、阅读陪伴和亲情连线活动，并组织“老少同乐”代际互助活动，促进祖孙沟通。",
        "1. 为40名隔代照料家庭儿童开设周末成长营24期；2. 开展“老少同乐”代际互助活动6场。",
        [
            new ActivityItem("儿童周末成长营", OutputType.GroupSession, 24, 40, "周末开展安全教育、阅读陪伴和亲情连线活动，每期半天"),
            new ActivityItem("“老少同乐”代际互助活动", OutputType.CommunityEvent, 6, 300, "祖孙共同参与的手工、游戏和家风故事分享"),
        ]);

    private async Task SeedDuplicatesAsync(Solicitation children, Solicitation elderly, Solicitation youth, Organization xinqiao, Organization yangguang, DateTime now, CancellationToken ct)
    {
        var qihang = await db.Organizations.FirstAsync(o => o.Name == "官渡区启航青少年服务中心", ct);
        db.Applications.AddRange(
            Application(children, qihang.Id, "“阳光伙伴”困境儿童学业支持与心理关爱项目", "太和街道东站社区", "郑洁", 178_000m, now.AddDays(-4), submitted: true, Companions("困境儿童")),
            Application(youth, qihang.Id, "“阳光伙伴”青少年学业支持与心理关爱项目", "太和街道东站社区", "郑洁", 175_000m, now.AddDays(-1), submitted: true, Companions("青少年")),
            Application(elderly, xinqiao.Id, "“夕阳相伴”失能老人家庭照护者支持项目（第二期）", "关上街道金马社区", "张晓红", 190_000m, now.AddDays(-1), submitted: true, CarersThisYear),
            Application(elderly, yangguang.Id, "“一老一小”隔代照料家庭关爱服务项目", "关上街道关上社区", "周敏", 198_000m, now.AddDays(-2), submitted: true, OldAndYoung),
            Application(children, yangguang.Id, "“一老一小”留守儿童周末成长营项目", "关上街道关上社区", "周敏", 96_000m, now.AddDays(-2), submitted: true, OldAndYoungChildren));
        await db.SaveChangesAsync(ct);
        // The nightly sweep, as it would have run: the real engine decides what is flagged.
        await new SweepDuplicatesCommandHandler(db, clock).Handle(new SweepDuplicatesCommand(), ct);
        await db.SaveChangesAsync(ct);
    }
}
