using System.Text;
using ProcurementPlatform.Domain.Departments;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Portal;

namespace ProcurementPlatform.Infrastructure.Seeding;

/// <summary>
/// 政策法规: central, provincial, municipal and district entries the platform's work rests on, as summaries
/// (主要内容) rather than official text; one carries a small 解读 attachment, and an earlier district measure
/// has been withdrawn because a new one replaced it.
/// </summary>
public sealed partial class DemoDataSeeder
{
    private const string SummaryNote = "> 本页为文件主要内容摘要，供查阅参考；具体条文以发文机关公布的正式文本为准。";

    private async Task SeedPoliciesAsync(Department mzj, DateTime now, CancellationToken ct)
    {
        const string admin = "sysadmin@demo.gov.cn";
        const string officer = "mzj@demo.gov.cn";

        var guidance = Policy.Draft("国务院办公厅关于政府向社会力量购买服务的指导意见", "国务院办公厅", "国办发〔2013〕96号",
            new DateOnly(2013, 9, 26), PolicyLevel.Central, $"""
            {SummaryNote}

            ## 主要内容

            ### 一、总体方向
            - 把政府直接向社会公众提供的一部分公共服务事项，按照一定方式和程序交由具备条件的社会力量承担，由政府根据服务数量和质量向其支付费用。
            - 坚持积极稳妥、有序实施，科学安排、注重实效，公开择优、以事定费，改革创新、完善机制。

            ### 二、购买主体与承接主体
            - **购买主体**：各级行政机关和参照公务员法管理、具有行政管理职能的事业单位。
            - **承接主体**：依法登记成立、具备提供服务能力的社会组织，以及符合条件的企业、机构等社会力量。

            ### 三、购买内容与方式
            1. 适合采取市场化方式提供、社会力量能够承担的公共服务，突出公共性和公益性。
            2. 按照公开、公平、公正原则，以竞争择优方式确定承接主体。
            3. 建立健全购买服务的信息公开、绩效评价和监督检查机制。

            ### 四、资金与管理
            购买服务所需资金在既有财政预算中统筹安排，并加强资金使用的监督管理。
            """, null, admin, now.AddDays(-200));
        guidance.Publish(now.AddDays(-200));

        var measures = Policy.Draft("政府购买服务管理办法", "财政部", "财政部令第102号",
            new DateOnly(2020, 1, 3), PolicyLevel.Central, $"""
            {SummaryNote}

            ## 主要内容

            ### 一、适用范围
            规范各级国家机关以及有关单位将属于自身职责范围、适合通过市场化方式提供的服务事项，按照政府采购方式和程序交由符合条件的服务供应商承担，并根据服务数量和质量等因素向其支付费用的行为。

            ### 二、购买内容
            - 政府向社会公众提供的公共服务；
            - 政府履职所需的辅助性服务。

            不得将应当由政府直接履职的事项、不属于政府职责范围的事项等纳入购买范围。

            ### 三、预算与合同
            | 环节 | 要点 |
            | --- | --- |
            | 预算 | 购买服务所需资金在部门预算中统筹安排，坚持先有预算、后购买服务 |
            | 方式 | 按照政府采购法律法规确定承接主体 |
            | 合同 | 明确服务内容、期限、数量、质量、价格以及资金结算方式、违约责任等 |
            | 期限 | 合同履行期限一般不超过1年；符合条件的可适当延长，最长不超过3年 |

            ### 四、监督管理
            购买主体应当加强履约管理，开展绩效评价，并依法公开购买服务相关信息，接受社会监督。
            """, null, admin, now.AddDays(-199));
        measures.Publish(now.AddDays(-199));

        var socialWork = Policy.Draft("民政部 财政部关于政府购买社会工作服务的指导意见", "民政部 财政部", "民发〔2012〕196号",
            new DateOnly(2012, 11, 14), PolicyLevel.Central, $"""
            {SummaryNote}

            ## 主要内容

            - 明确政府购买社会工作服务的**购买主体、承接主体、购买范围和购买程序**。
            - 重点围绕城市流动人口、农村留守人员、困难群体、特殊人群和受灾群众等开展社会工作服务。
            - 承接主体应当具有独立承担民事责任的能力，具备开展社会工作服务所需的专业人员和管理制度。
            - 建立由购买方、服务对象和第三方组成的综合性评审机制，评估结果作为后续购买的重要依据。
            """, null, admin, now.AddDays(-198));
        socialWork.Publish(now.AddDays(-198));

        var provincial = Policy.Draft("云南省推进政府向社会力量购买服务工作的实施意见（摘要）", "云南省人民政府办公厅", null,
            new DateOnly(2014, 8, 20), PolicyLevel.Provincial, $"""
            {SummaryNote}

            ## 主要内容

            ### 一、工作目标
            结合本省实际，逐步在全省建立比较完善的政府向社会力量购买服务制度，形成与经济社会发展相适应、高效合理的公共服务资源配置体系。

            ### 二、重点领域
            - 基本公共服务：教育、就业、社会保障、医疗卫生、养老服务、残疾人服务等；
            - 社会管理性服务：社区服务、社会工作服务、法律援助、扶贫济困、防灾救灾等；
            - 行业管理与协调、技术性服务及政府履职所需辅助性事项。

            ### 三、保障措施
            各级财政部门统筹安排资金；民政部门加强对承接主体的培育和管理；审计、监察部门依法加强监督。
            """, null, admin, now.AddDays(-190));
        provincial.Publish(now.AddDays(-190));

        var municipal = Policy.Draft("昆明市政府购买社会工作服务实施办法（摘要）", "昆明市民政局 昆明市财政局", null,
            new DateOnly(2019, 6, 10), PolicyLevel.Municipal, $"""
            {SummaryNote}

            ## 主要内容

            1. **购买范围**：社会救助、养老服务、儿童关爱保护、残疾人服务、社区治理等领域的专业社会工作服务。
            2. **承接条件**：依法登记、信用良好、具有相应数量的持证社会工作者，财务管理制度健全。
            3. **购买程序**：编制购买计划 → 公开发布征集信息 → 评审确定承接主体 → 签订合同 → 组织实施 → 绩效评估。
            4. **资金支付**：按合同约定分期拨付，中期评估合格后拨付后续资金，末期评估结果与尾款挂钩。
            5. **信息公开**：购买计划、承接主体、合同金额和评估结果应当向社会公开。
            """, null, admin, now.AddDays(-180));
        municipal.Publish(now.AddDays(-180));

        var management = Policy.Draft("官渡区社会工作服务项目管理办法", "官渡区民政局", null,
            new DateOnly(2025, 3, 1), PolicyLevel.District, """
            > 本条为平台演示数据，内容为管理办法的主要内容摘要。

            ## 主要内容

            ### 一、项目征集与申报
            - 购买主体于每年初公布**年度发布计划**，按计划发布项目征集公告，申报期不少于 **20 个自然日**。
            - 同一社会组织同一年度在全区承接的项目原则上不超过 3 个；**不得以相同或相近内容重复申报**，平台自动比对并提示。

            ### 二、路演评审与立项公示
            1. 评审专家从专家库随机抽取，与申报单位有利害关系的专家应当回避。
            2. 评审结果经购买主体确认后进行**立项公示，公示期 5 个工作日**；公示期内任何单位和个人均可提出异议。

            ### 三、实施与评估
            - 承接主体按月报送项目实施动态，重大变更须报购买主体同意。
            - 项目实行中期评估和末期评估，由第三方评估机构实施，评估结果向社会公示，并作为信用评价的依据。

            ### 四、信用管理
            评估优秀、无违规记录的社会组织列入红榜；存在弄虚作假、挪用资金等行为的列入黑榜，按规定限制其承接政府购买服务项目。
            """, mzj.Id, officer, now.AddDays(-120));
        management.Publish(now.AddDays(-120));

        var funds = Policy.Draft("官渡区政府购买社会工作服务项目资金管理办法", "官渡区民政局 官渡区财政局", null,
            new DateOnly(2025, 6, 15), PolicyLevel.District, """
            > 本条为平台演示数据，内容为资金管理办法的主要内容摘要。

            ## 主要内容

            ### 一、资金来源
            区级财政预算、福利彩票公益金、社会救助资金以及慈善资金等。

            ### 二、支出范围与比例
            | 支出类别 | 说明 | 比例要求 |
            | --- | --- | --- |
            | 人员经费 | 项目社工的工资、社会保险等 | 一般不超过项目总额的 60% |
            | 活动经费 | 开展服务活动的直接支出 | — |
            | 督导与培训 | 专业督导、能力建设 | 一般不超过 10% |
            | 管理费用 | 承接主体的行政管理支出 | 不超过 5% |

            ### 三、拨付方式
            - 合同签订后拨付首期资金（一般为合同金额的 40%）；
            - 中期评估合格后拨付第二期（一般为 40%）；
            - 末期评估合格后拨付尾款。

            ### 四、监督检查
            承接主体应当**专账核算、专款专用**。平台对支出进度和超预算支出自动预警，财政、审计部门可随时查阅资金使用情况。
            """, mzj.Id, officer, now.AddDays(-100));
        var reading = new StoredFile("资金管理办法政策解读.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(
            "《官渡区政府购买社会工作服务项目资金管理办法》政策解读（演示）\r\n\r\n" +
            "一、为什么要制定本办法：规范项目资金使用，提高财政资金使用效益。\r\n" +
            "二、主要变化：明确人员经费、督导培训和管理费用的比例上限；资金按评估结果分期拨付。\r\n" +
            "三、对承接主体的要求：专账核算、专款专用，按月报送资金使用情况。\r\n"), now.AddDays(-100), officer);
        db.StoredFiles.Add(reading);
        funds.Attach(reading.Id, reading.FileName, reading.ContentType, reading.Length);
        funds.Publish(now.AddDays(-99));

        var interim = Policy.Draft("官渡区政府购买社会工作服务项目资金管理暂行办法", "官渡区民政局", null,
            new DateOnly(2021, 4, 1), PolicyLevel.District, """
            > 本条为平台演示数据。

            ## 主要内容

            - 规定项目资金按合同分两期拨付；
            - 明确人员经费、活动经费的开支范围。
            """, mzj.Id, officer, now.AddDays(-400));
        interim.Publish(now.AddDays(-400));
        interim.Withdraw("已被《官渡区政府购买社会工作服务项目资金管理办法》替代，本暂行办法同时废止。", now.AddDays(-99));

        db.Policies.AddRange(guidance, measures, socialWork, provincial, municipal, management, funds, interim);
        await db.SaveChangesAsync(ct);
    }
}
