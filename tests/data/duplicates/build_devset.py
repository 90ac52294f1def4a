#!/usr/bin/env python3
"""Builds the labelled development set for duplicate-application detection (issue 7).

Deterministic (fixed seed). Writes, next to this script:
  applications.jsonl   one application per line (detector input format)
  pairs.csv            ground truth a,b,kind (a < b, ordinal)
  hard_negatives.csv   documented hard-negative pairs a,b,category (not duplicates)
Run:  python3 tests/data/duplicates/build_devset.py
"""
import csv
import io
import json
import os
import random
import re
import string
from datetime import date, timedelta

SEED = 20240707
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# Places, purchasers, organisations
# --------------------------------------------------------------------------------------------
STREETS = {
    "关上街道": ["关上中心区社区", "董家湾社区", "兴旺社区", "永平社区", "云秀社区", "东郊社区"],
    "太和街道": ["太和社区", "双桥社区", "福德社区", "东站社区", "塘子巷社区"],
    "吴井街道": ["吴井社区", "双凤社区", "珠玑社区", "季官社区", "新村社区"],
    "金马街道": ["金马社区", "小坝社区", "金色社区", "羊方凹社区", "东华社区"],
    "小板桥街道": ["小板桥社区", "大街社区", "云溪社区", "普照社区", "前卫社区"],
    "官渡街道": ["官渡社区", "宝象社区", "古渡社区", "五甲社区", "螺蛳湾社区"],
    "矣六街道": ["矣六社区", "海东社区", "五腊社区", "王家营社区"],
    "六甲街道": ["六甲社区", "福保社区", "宝丰社区", "新二社区", "张家庙社区"],
    "大板桥街道": ["大板桥社区", "沙沟社区", "一朵云社区", "阿底社区", "长坡社区"],
    "阿拉街道": ["阿拉社区", "高坡社区", "石坝社区", "普自社区", "龙马社区"],
}
LOCATIONS = [(s, c) for s, cs in STREETS.items() for c in cs]

STATION = {s: f"{s}社会工作服务站" for s in STREETS}

ORG_CORES = [
    "晨曦", "同心", "明德", "彩云", "春城", "启航", "携手", "和谐", "阳光", "益众",
    "暖阳", "悦邻", "睦邻", "惠民", "博爱", "知行", "心语", "仁和", "向日葵", "木棉",
    "馨家", "润心", "乐活", "众善", "滇池", "金色年华", "新起点", "守望", "安心", "共享",
    "欣然", "融爱", "星火", "拾光", "善行", "心桥", "绿洲", "蒲公英", "石榴籽", "长青",
    "映山红", "和悦", "彩虹", "爱心港湾", "德馨", "沐光", "聚力", "翼展", "益路同行", "山茶",
    "锦程", "合力", "春晖", "创想", "安和", "邻里", "同行", "朝阳", "七彩", "恒爱",
]
ORG_FORMS = [
    "昆明市官渡区{c}社会工作服务中心", "云南{c}社会工作服务中心", "昆明{c}社会工作服务社",
    "昆明市官渡区{c}社工事务所", "官渡区{c}社区服务中心", "昆明市{c}公益服务中心",
    "昆明市官渡区{c}青少年发展中心", "云南省{c}社会服务中心",
]


def credit_code(used):
    while True:
        body = "".join(rng.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
        check = rng.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY")
        code = "52530111MJ" + body + check
        if code not in used:
            used.add(code)
            return code


_used_codes = set()
ORGS = []
for i, core in enumerate(ORG_CORES):
    ORGS.append({"name": ORG_FORMS[i % len(ORG_FORMS)].format(c=core), "code": credit_code(_used_codes)})
# shell organisations used only by paraphrased copies ("same people, another legal entity")
SHELL_CORES = ["弘善", "恒信", "众和", "嘉禾", "致远", "康宁", "德润", "思源"]
SHELLS = [{"name": ORG_FORMS[(i + 3) % len(ORG_FORMS)].format(c=c), "code": credit_code(_used_codes)}
          for i, c in enumerate(SHELL_CORES)]

# --------------------------------------------------------------------------------------------
# Phrase banks. "A||B||C" are alternative phrasings of the same content; the base application
# uses one of them, a paraphrase uses another. {loc} community, {t} target group, {n}/{m} numbers.
# --------------------------------------------------------------------------------------------
D = {}

D["elderly"] = dict(
    purchasers=["官渡区民政局", "STATION", "官渡区卫生健康局"],
    targets=["独居老人", "空巢老人", "高龄老人", "失能半失能老人", "困难老年人"],
    brands=["银龄守护", "夕阳暖心", "乐龄同行", "幸福晚年", "老有所依", "康乐银发"],
    topics=["{t}关爱服务项目||{t}关怀支持服务项目||{t}关爱帮扶项目",
            "居家养老社会工作服务项目||居家养老社工服务项目||社区居家养老支持项目",
            "{t}智慧助老服务项目||{t}数字融入助老项目||{t}跨越数字鸿沟服务项目"],
    bg=["{loc}现有60周岁以上老年人{n}余人，其中{t}占比较高，存在照料缺失、社会交往减少、精神慰藉不足等问题。||"
        "{loc}60岁以上老人有{n}多人，{t}比例偏高，他们普遍面临无人照料、社交圈缩小和缺乏精神慰藉的困境。||"
        "据摸底，{loc}老年人口达{n}余人，{t}较多，日常照护、人际交往与心理慰藉方面的需求十分突出。",
        "随着人口老龄化加深，{loc}{t}在安全防范、健康管理和紧急求助方面的需求日益凸显。||"
        "人口老龄化不断加剧，{loc}的{t}在居家安全、健康管理以及紧急求助上的需要越来越明显。||"
        "在老龄化背景下，居家安全、慢病管理和突发情况求助成为{loc}{t}最迫切的需要。",
        "前期需求评估显示，{loc}不少{t}不会使用智能手机，在就医挂号、出行扫码、线上缴费等方面遇到困难。||"
        "从前期需求调研看，{loc}相当一部分{t}不会用智能手机，挂号看病、扫码出行、网上缴费处处碰壁。||"
        "需求评估发现，智能手机使用障碍让{loc}许多{t}在就医、出行和缴费时举步维艰。"],
    obj=["建立{t}服务档案，完成需求评估{n}人||为{n}名{t}完成需求评估并建立服务档案",
         "降低{t}居家安全风险，开展居家安全隐患排查{n}户||排查{n}户{t}家庭的居家安全隐患，减少意外风险",
         "缓解{t}孤独感，服务对象满意度达到90%以上||让{t}的孤独情绪得到缓解，满意度不低于90%",
         "培育一支不少于{n}人的助老志愿者队伍||组建{n}人以上的助老志愿服务队伍",
         "提升{t}智能手机使用能力，{n}名老人能独立完成线上挂号||使{n}名老人学会独立在手机上预约挂号",
         "构建“社工+志愿者+邻里”的互助支持网络||搭建社工、志愿者与邻里共同参与的互助网络"],
    act=["个案管理服务{n}个||为{n}名老人提供个案管理服务||开展个案管理，服务个案{n}个",
         "上门探访{n}人次||入户探视{n}人次||开展入户关怀探访{n}人次",
         "支持性小组{n}节||开展老年支持小组活动{n}节||组织支持性小组{n}次",
         "健康讲座{n}场||举办健康知识讲座{n}场||开展健康科普讲座{n}次",
         "智能手机培训课堂{n}期||开设手机使用教学课{n}期||举办“手机课堂”{n}期",
         "居家安全评估{n}户||为{n}户老人家庭做居家安全评估||完成居家安全隐患排查{n}户",
         "社区节庆活动{n}场||开展节日主题社区活动{n}场||组织传统节日活动{n}场",
         "助老志愿者培训{n}次||培训助老志愿者{n}次||开展志愿者能力培训{n}次",
         "紧急联络卡发放{n}张||为老人制作发放紧急联络卡{n}张||发放应急联系卡{n}张"],
)

D["children"] = dict(
    purchasers=["官渡区民政局", "官渡区妇女联合会", "STATION"],
    targets=["留守儿童", "困境儿童", "流动儿童", "事实无人抚养儿童", "单亲家庭儿童"],
    brands=["童心港湾", "护苗成长", "小橘灯", "七彩童年", "童伴同行", "希望树"],
    topics=["{t}关爱保护服务项目||{t}关爱守护项目||{t}保护与关爱项目",
            "儿童之家社会工作服务项目||儿童之家社工驻点服务项目||儿童之家运营支持项目",
            "{t}成长陪伴计划||{t}陪伴成长服务项目||{t}成长支持计划"],
    bg=["{loc}共有{t}{n}名，部分儿童由祖辈照顾，家庭监护薄弱，课业辅导和情感陪伴缺位。||"
        "{loc}登记在册的{t}有{n}名，不少由爷爷奶奶带大，监护力量薄弱，缺少学业辅导和情感陪伴。||"
        "{loc}现有{t}{n}人，隔代抚养较为普遍，家庭监护能力不足，孩子的学习与情感需要难以满足。",
        "{loc}地处城乡结合部，{t}课后无人看护，安全隐患较多，存在沉迷网络、行为偏差等风险。||"
        "作为城乡结合部社区，{loc}的{t}放学后往往无人照看，面临安全隐患、网络沉迷和行为偏差等风险。||"
        "{loc}城乡交界，{t}下课后多处于无人照管状态，安全风险和网络成瘾、行为偏差问题并存。",
        "前期走访发现，{loc}{t}普遍存在自我保护意识不足、社会交往能力较弱的情况。||"
        "通过前期走访我们了解到，{loc}的{t}自我保护意识普遍较弱，社交能力也有待提升。||"
        "走访结果表明，{loc}{t}在自护意识和人际交往方面均较为欠缺。"],
    obj=["完成{t}需求评估{n}名，建立“一人一档”||为{n}名{t}开展需求评估，做到一人一档",
         "提升儿童自我保护能力，参与儿童防性侵知识知晓率达到85%||使参与儿童的防性侵知识知晓率不低于85%",
         "改善亲子沟通，{n}个家庭亲子关系得到改善||帮助{n}个家庭改善亲子沟通与亲子关系",
         "为{t}提供课后托管与学业辅导，学业成绩有所提升||通过课后托管和作业辅导，帮助{t}提高学习成绩",
         "培育儿童关爱志愿者{n}名，形成常态化陪伴机制||培养{n}名儿童关爱志愿者，建立常态陪伴机制",
         "织密儿童关爱保护网络，落实儿童督导员、儿童主任职责||健全儿童关爱保护网络，压实儿童督导员和儿童主任责任"],
    act=["个案服务{n}个||为{n}名儿童提供个案服务||开展个案跟进{n}个",
         "课业辅导{n}次||开展课后学业辅导{n}次||组织作业辅导{n}次",
         "自护教育小组{n}节||开展儿童自我保护小组{n}节||组织安全自护小组活动{n}节",
         "亲子活动{n}场||举办亲子互动活动{n}场||开展亲子沟通主题活动{n}场",
         "暑期成长营{n}期||举办暑期夏令营{n}期||开展假期成长营{n}期",
         "家访{n}户次||入户家访{n}户次||开展家庭走访{n}户次",
         "儿童之家开放服务{n}小时||儿童之家驻点开放{n}小时||提供儿童之家开放服务共{n}小时",
         "儿童主任及志愿者培训{n}次||开展儿童主任和志愿者培训{n}次||组织儿童工作者培训{n}次",
         "心理健康团体辅导{n}场||开展心理团辅{n}场||组织心理健康团体活动{n}场"],
)

D["youth"] = dict(
    purchasers=["共青团官渡区委员会", "官渡区教育体育局", "STATION"],
    targets=["青少年", "闲散青少年", "初中学生", "流动青少年", "进城务工人员子女"],
    brands=["青春护航", "阳光少年", "逐梦青春", "青苗成长", "向上吧少年", "青心驿站"],
    topics=["{t}成长护航项目||{t}健康成长护航项目||{t}成长守护项目",
            "{t}心理健康支持服务项目||{t}心理关爱服务项目||{t}心理健康促进项目",
            "{t}法治教育与犯罪预防项目||{t}普法与预防犯罪服务项目||{t}法治护航项目"],
    bg=["{loc}辖区内有中小学{n}所，{t}学业压力大，情绪困扰和人际冲突时有发生。||"
        "{loc}辖区共有{n}所中小学，{t}面临较大学业压力，常出现情绪问题和人际矛盾。||"
        "{loc}内分布着{n}所中小学校，学业负担较重的{t}中，情绪困扰与同伴冲突较为常见。",
        "{loc}流动人口集中，部分{t}辍学或无业，缺乏正向引导，易受不良行为影响。||"
        "{loc}外来人口多，一些{t}中途辍学或没有工作，缺少正面引导，容易沾染不良习气。||"
        "由于流动人口聚集，{loc}一部分{t}失学失业，缺乏正向引导，受不良行为影响的风险较高。",
        "团区委调研显示，{loc}{t}法律意识淡薄，对校园欺凌、网络诈骗的识别能力不足。||"
        "据团区委调研，{loc}的{t}法治观念较为淡薄，难以识别校园欺凌和网络诈骗。||"
        "调研结果反映，{loc}{t}普遍法律意识欠缺，面对校园霸凌、电信诈骗缺乏辨别力。"],
    obj=["为{n}名{t}提供心理支持，情绪困扰得到缓解||帮助{n}名{t}缓解情绪困扰，获得心理支持",
         "提升{t}法治意识，参与学生法律知识测试合格率达90%||增强{t}法治观念，参与学生普法测试合格率达到90%",
         "帮助{n}名闲散青少年重返校园或实现就业||协助{n}名闲散青少年复学或就业",
         "建立学校、家庭、社区协同的青少年支持网络||构建家校社三方联动的青少年支持体系",
         "培育青少年骨干{n}名，提升其领导力与参与能力||培养{n}名青少年骨干，增强领导和参与能力"],
    act=["心理个案辅导{n}个||为{n}名学生提供心理个案辅导||开展心理咨询个案{n}个",
         "情绪管理小组{n}节||开展情绪管理成长小组{n}节||组织情绪调适小组{n}节",
         "进校园法治讲座{n}场||开展法治进校园讲座{n}场||在学校举办普法讲座{n}场",
         "模拟法庭活动{n}场||组织模拟法庭{n}场||开展模拟庭审体验活动{n}场",
         "职业体验与技能培训{n}期||开展职业体验和技能培训{n}期||组织就业技能培训{n}期",
         "青少年志愿服务活动{n}场||组织青少年参与志愿服务{n}场||开展青少年公益实践{n}场",
         "家长课堂{n}期||举办家长学校课程{n}期||开展家庭教育讲座{n}期",
         "朋辈辅导员培训{n}次||培训朋辈辅导员{n}次||开展朋辈互助员培训{n}次"],
)

D["disability"] = dict(
    purchasers=["官渡区残疾人联合会", "官渡区民政局", "STATION"],
    targets=["残疾人", "精神障碍康复者", "智力障碍人士", "残疾儿童家庭", "肢体残疾人"],
    brands=["助残同行", "阳光家园", "融爱之家", "自强之光", "同心助残", "向阳花"],
    topics=["{t}社区康复服务项目||{t}社区康复支持项目||{t}康复融入服务项目",
            "{t}就业增能项目||{t}就业能力提升项目||{t}辅助性就业支持项目",
            "{t}家庭支持服务项目||{t}家庭喘息服务项目||{t}照顾者支持项目"],
    bg=["{loc}持证残疾人{n}名，康复资源不足，多数人长期居家，社会参与程度低。||"
        "{loc}共有持证残疾人{n}人，由于康复资源匮乏，大多数人常年待在家中，很少参与社会活动。||"
        "{loc}登记持证残疾人{n}名，康复服务供给有限，长期居家、社会参与不足的现象普遍。",
        "{loc}{t}就业率偏低，缺乏职业技能和稳定收入来源，家庭经济负担较重。||"
        "{loc}的{t}就业比例不高，既缺职业技能又缺稳定收入，家庭负担沉重。||"
        "受技能和岗位所限，{loc}{t}就业困难，家庭普遍经济压力较大。",
        "{loc}{t}的主要照顾者长期承担照护压力，身心疲惫，亟需喘息与支持。||"
        "{loc}{t}的照顾者常年肩负护理重担，身心俱疲，迫切需要喘息服务。||"
        "长期照护使{loc}{t}的家庭照顾者身心压力巨大，急需外部支持与喘息机会。"],
    obj=["为{n}名{t}提供社区康复服务，生活自理能力有所提升||帮助{n}名{t}通过社区康复提高生活自理能力",
         "推动{n}名{t}实现辅助性就业或灵活就业||协助{n}名{t}实现辅助性或灵活就业",
         "为照顾者提供喘息服务，照顾压力得到缓解||通过喘息服务减轻照顾者的照护压力",
         "促进{t}社会融入，参与社区活动的比例提升30%||提高{t}的社区参与率30%，推动社会融入",
         "建立助残志愿者队伍{n}人||组建{n}人的助残志愿服务队"],
    act=["康复训练{n}人次||提供康复训练服务{n}人次||开展社区康复训练{n}人次",
         "个案管理{n}个||为{n}名{t}开展个案管理||提供个案服务{n}个",
         "职业技能培训{n}期||开展就业技能培训{n}期||举办职业技能培训班{n}期",
         "喘息服务{n}小时||为照顾者提供喘息服务{n}小时||开展临时照护喘息服务共{n}小时",
         "照顾者支持小组{n}节||开展照顾者互助小组{n}节||组织照顾者减压小组{n}节",
         "社区融合活动{n}场||开展残健融合活动{n}场||组织社区融合主题活动{n}场",
         "无障碍环境评估{n}户||为{n}户家庭做无障碍改造评估||完成家庭无障碍评估{n}户",
         "助残志愿者培训{n}次||培训助残志愿者{n}次||开展助残志愿者能力建设{n}次"],
)

D["governance"] = dict(
    purchasers=["STATION", "官渡区民政局", "中共官渡区委组织部"],
    targets=["社区居民", "小区业主", "社区社会组织", "楼栋长", "新就业群体"],
    brands=["五社联动", "邻里守望", "和美社区", "共建共治", "睦邻家园", "幸福邻里"],
    topics=["“五社联动”社区治理创新项目||“五社联动”基层治理提升项目||“五社联动”社区共治项目",
            "社区社会组织培育孵化项目||社区社会组织孵化培育项目||社区社会组织成长支持项目",
            "小区协商议事能力建设项目||小区议事协商能力提升项目||居民协商议事促进项目"],
    bg=["{loc}常住人口{n}余人，老旧小区多，物业缺位，居民参与社区事务的意愿和能力不足。||"
        "{loc}常住居民约{n}人，老旧小区集中、物业管理缺位，居民参与公共事务的积极性和能力都较低。||"
        "{loc}有常住人口{n}多人，老旧小区比例高，缺乏物业服务，居民参与不足问题突出。",
        "{loc}现有社区社会组织{n}家，但普遍规模小、能力弱，缺少规范管理和持续运营能力。||"
        "{loc}已登记备案的社区社会组织有{n}家，多数规模较小、能力偏弱，难以规范、持续运作。||"
        "{loc}虽有{n}家社区社会组织，但整体实力较弱，管理不规范，可持续发展能力不足。",
        "{loc}停车、环境卫生、加装电梯等公共议题矛盾较多，缺乏有效的协商议事平台。||"
        "在{loc}，停车难、环境脏乱、加装电梯等公共问题引发的矛盾不少，却没有顺畅的协商议事渠道。||"
        "{loc}围绕停车、卫生和加装电梯的争议频发，而居民协商议事机制尚不健全。"],
    obj=["孵化培育社区社会组织{n}家||培育孵化{n}家社区社会组织",
         "建立小区议事会{n}个，协商解决公共议题||成立{n}个小区议事会，通过协商化解公共问题",
         "链接社会慈善资源，设立社区基金或微基金||撬动慈善资源，建立社区微基金",
         "培育社区骨干{n}名，提升居民自治能力||培养{n}名社区骨干，增强居民自我管理能力",
         "形成可复制的“五社联动”工作手册一册||总结形成“五社联动”工作手册一本"],
    act=["社区需求调研{n}户||入户开展需求调查{n}户||完成居民需求问卷调查{n}户",
         "社区社会组织能力建设培训{n}次||开展社区社会组织培训{n}次||组织社区社会组织赋能培训{n}次",
         "居民议事会{n}场||召开居民协商议事会{n}场||组织议事协商会议{n}场",
         "社区公益微创投{n}个||开展公益微创投项目{n}个||支持居民公益微项目{n}个",
         "社区骨干工作坊{n}期||举办骨干能力工作坊{n}期||开展居民骨干培训工作坊{n}期",
         "邻里节活动{n}场||举办邻里节{n}场||开展邻里互助主题活动{n}场",
         "社区慈善募捐活动{n}场||组织社区慈善募捐{n}场||开展社区微基金募集活动{n}场",
         "志愿服务积分兑换{n}次||开展志愿积分兑换{n}次||组织志愿服务积分超市兑换{n}次"],
)

D["assistance"] = dict(
    purchasers=["官渡区民政局", "STATION"],
    targets=["低保家庭", "特困人员", "低收入家庭", "临时遇困群众", "支出型贫困家庭"],
    brands=["暖心救助", "爱心帮扶", "温暖同行", "解困纾难", "兜底守护", "救助同心"],
    topics=["{t}社会救助服务项目||{t}救助帮扶服务项目||{t}社会救助社工服务项目",
            "“物质+服务”救助项目||“物质+服务”综合救助项目||物质与服务相结合的救助项目",
            "{t}困境帮扶与能力提升项目||{t}帮扶增能项目||{t}脱困增能服务项目"],
    bg=["{loc}共有{t}{n}户，部分家庭因病、因残致困，仅靠物质救助难以走出困境。||"
        "{loc}有{t}{n}户，其中不少因疾病或残疾陷入困境，单纯发放物资难以帮助他们脱困。||"
        "{loc}现有{t}{n}户，因病因残致困的比例较高，仅提供物质救助效果有限。",
        "{loc}{t}普遍面临就业能力不足、家庭关系紧张和心理压力较大等多重困难。||"
        "{loc}的{t}往往同时面临就业能力弱、家庭矛盾多、心理压力大等问题。||"
        "就业能力不足、家庭关系紧张、心理负担沉重，是{loc}{t}面临的主要困难。",
        "{loc}救助政策知晓率不高，部分符合条件的{t}未能及时获得救助。||"
        "{loc}居民对救助政策了解有限，一些符合条件的{t}没能及时享受到救助。||"
        "由于政策宣传不到位，{loc}部分符合条件的{t}存在应救未救的情况。"],
    obj=["为{n}户{t}开展困境评估并制定帮扶计划||对{n}户{t}进行困境评估，制定个性化帮扶方案",
         "帮助{n}名有劳动能力者实现就业||协助{n}名具备劳动能力的人员就业",
         "提升救助政策知晓率至90%||使救助政策知晓率达到90%以上",
         "建立主动发现机制，实现应救尽救||健全主动发现机制，做到应救尽救",
         "链接社会资源，筹集帮扶资金和物资价值{n}元||链接慈善资源，募集价值{n}元的资金物资"],
    act=["困境家庭入户评估{n}户||入户评估困境家庭{n}户||完成困难家庭入户走访评估{n}户",
         "个案帮扶{n}个||开展个案帮扶{n}个||为{n}户家庭提供个案帮扶",
         "就业指导与推荐{n}人次||提供就业指导和岗位推荐{n}人次||开展就业咨询与推荐{n}人次",
         "救助政策宣传活动{n}场||开展政策宣传活动{n}场||举办救助政策进社区宣传{n}场",
         "心理疏导{n}人次||提供心理疏导服务{n}人次||开展心理支持{n}人次",
         "节日慰问{n}户||走访慰问困难家庭{n}户||开展节日送温暖活动覆盖{n}户",
         "家庭关系调适小组{n}节||开展家庭关系小组{n}节||组织家庭支持小组{n}节",
         "社会救助信息台账更新{n}户||更新救助对象台账{n}户||完善救助信息档案{n}户"],
)

D["drug"] = dict(
    purchasers=["官渡区禁毒委员会办公室", "STATION"],
    targets=["社区戒毒社区康复人员", "吸毒人员家属", "青少年", "戒毒康复人员"],
    brands=["阳光康复", "无毒家园", "新生之路", "珍爱生命", "向阳新生", "禁毒先锋"],
    topics=["{t}社区康复帮扶项目||{t}康复帮扶服务项目||{t}社区康复支持项目",
            "禁毒宣传教育社会工作项目||禁毒宣传教育服务项目||禁毒预防教育社工项目",
            "{t}复吸预防与社会融入项目||{t}防复吸与回归社会项目||{t}巩固戒断与社会融入项目"],
    bg=["{loc}在册{t}{n}名，普遍存在就业难、家庭支持弱、社会排斥等问题，复吸风险较高。||"
        "{loc}在管{t}有{n}人，大多就业困难、家庭支持不足，还常遭受社会歧视，复吸风险不低。||"
        "{loc}登记在册的{t}共{n}名，就业、家庭和社会接纳三方面问题交织，存在较高复吸风险。",
        "新型毒品不断变换包装形式，{loc}{t}对其危害认识不足，识毒防毒能力亟待提升。||"
        "新型毒品伪装花样翻新，{loc}的{t}对其危害了解有限，识毒、拒毒能力亟需加强。||"
        "面对层出不穷的新型毒品，{loc}{t}辨识和防范能力明显不足。",
        "{loc}禁毒社工与网格员、派出所联动机制尚不完善，帮扶资源较为分散。||"
        "{loc}的禁毒社工同网格员、派出所之间联动不够顺畅，帮扶资源分散。||"
        "目前{loc}禁毒社工、网格员和派出所尚未形成合力，帮扶资源碎片化。"],
    obj=["为{n}名{t}提供个案帮扶，执行率达到95%以上||对{n}名{t}开展个案帮扶，确保执行率不低于95%",
         "帮助{n}名康复人员实现就业||促成{n}名康复人员就业",
         "提升居民禁毒知识知晓率至95%||使居民禁毒知识知晓率达到95%",
         "建立禁毒志愿者队伍{n}人||组建{n}人规模的禁毒志愿者队伍",
         "完善社工、网格员、民警联动帮扶机制||健全社工、网格员与民警协同帮扶机制"],
    act=["个案帮扶{n}个||为{n}名康复人员提供个案帮扶||开展个案管理{n}个",
         "尿检督促与定期访谈{n}人次||督促尿检并定期面谈{n}人次||开展定期访谈及尿检提醒{n}人次",
         "禁毒宣传进社区{n}场||开展禁毒宣传进社区活动{n}场||举办社区禁毒宣传{n}场",
         "禁毒知识进校园{n}场||开展禁毒教育进校园{n}场||在学校开展禁毒课堂{n}场",
         "家属支持小组{n}节||开展家属互助小组{n}节||组织家属支持小组活动{n}节",
         "就业技能培训{n}期||开展职业技能培训{n}期||举办就业技能培训班{n}期",
         "禁毒志愿者培训{n}次||培训禁毒志愿者{n}次||开展禁毒志愿者能力培训{n}次"],
)

D["women"] = dict(
    purchasers=["官渡区妇女联合会", "STATION", "官渡区民政局"],
    targets=["妇女", "单亲母亲", "家庭暴力受害妇女", "全职妈妈", "新市民家庭"],
    brands=["巾帼同行", "她力量", "幸福家庭", "木兰花开", "暖家行动", "和美家庭"],
    topics=["{t}增能赋权服务项目||{t}赋能成长项目||{t}能力提升服务项目",
            "家庭教育指导服务项目||家庭教育支持服务项目||家庭教育指导社工项目",
            "反家庭暴力社会工作服务项目||反家暴社工服务项目||家庭暴力预防与干预项目"],
    bg=["{loc}{t}{n}余名，部分人因照顾家庭离开职场，缺乏再就业技能和社会支持。||"
        "{loc}约有{t}{n}人，其中一些人为照顾家庭辞去工作，如今再就业缺技能、缺支持。||"
        "{loc}现有{t}{n}多名，因家庭原因中断职业的比例较高，再就业技能和支持网络不足。",
        "{loc}婚姻家庭纠纷时有发生，部分家庭存在家庭暴力隐患，{t}求助渠道不畅。||"
        "{loc}婚姻家庭矛盾较多，一些家庭存在家暴隐患，而{t}缺乏畅通的求助渠道。||"
        "在{loc}，婚姻家庭纠纷频发，家暴风险潜藏，{t}往往求助无门。",
        "{loc}家长普遍反映家庭教育方法欠缺，亲子冲突较多，需要专业指导。||"
        "{loc}的家长普遍表示不懂科学育儿方法，亲子矛盾多，希望获得专业指导。||"
        "调查发现{loc}家长家庭教育能力不足，亲子冲突频繁，专业指导需求强烈。"],
    obj=["为{n}名{t}提供就业创业支持，{m}人实现就业||支持{n}名{t}就业创业，其中{m}人成功就业",
         "建立家暴预警与干预机制，及时处置家暴个案||健全家庭暴力早发现、早干预机制",
         "提升家长家庭教育能力，参与家长满意度达90%||提高家长育儿能力，参与满意度不低于90%",
         "培育“巾帼志愿者”队伍{n}人||组建{n}人的巾帼志愿服务队"],
    act=["妇女技能培训{n}期||开展妇女职业技能培训{n}期||举办巾帼技能培训班{n}期",
         "婚姻家庭咨询{n}人次||提供婚姻家庭咨询{n}人次||开展婚姻家庭辅导{n}人次",
         "家暴个案干预{n}个||开展家暴个案介入{n}个||为{n}名受害者提供个案干预",
         "家庭教育讲座{n}场||举办家庭教育讲座{n}场||开展家庭教育专题讲座{n}场",
         "亲子成长小组{n}节||开展亲子成长小组{n}节||组织亲子关系改善小组{n}节",
         "妇女互助小组{n}节||开展妇女互助支持小组{n}节||组织姐妹互助小组{n}节",
         "普法宣传活动{n}场||开展反家暴普法宣传{n}场||举办妇女维权普法活动{n}场"],
)

D["party"] = dict(
    purchasers=["中共官渡区委组织部", "STATION", "官渡区民政局"],
    targets=["社区党员", "在职党员", "新就业形态劳动者", "两新组织党员", "社区居民"],
    brands=["红色引擎", "党建领航", "初心驿站", "红色邻里", "先锋同行", "红心向党"],
    topics=["党建引领社区治理服务项目||党建引领基层治理项目||党建引领社区善治项目",
            "党建引领{t}关爱服务项目||党建引领{t}服务项目||党建带动{t}关爱项目",
            "“红色物业”党建引领小区治理项目||党建引领“红色物业”小区治理项目||“红色物业”小区共治项目"],
    bg=["{loc}有在册党员{n}余名，在职党员“双报到”后作用发挥不充分，党员服务群众渠道有限。||"
        "{loc}共有党员{n}多名，在职党员双报到后参与度不高，服务居民的途径较少。||"
        "{loc}登记党员{n}余人，“双报到”机制落实后仍存在党员作用发挥不够、服务渠道不多的问题。",
        "{loc}{t}数量持续增长，但归属感不强，融入社区的途径较少。||"
        "{loc}的{t}越来越多，但对社区缺乏归属感，参与社区生活的机会有限。||"
        "随着{t}不断增加，{loc}如何增强其归属感、拓展融入渠道成为新课题。",
        "{loc}物业服务质量参差不齐，党组织、业委会与物业企业之间协调机制不健全。||"
        "{loc}物业服务水平不一，党组织、业委会和物业公司三方协调机制还不完善。||"
        "{loc}各小区物业服务良莠不齐，党组织统筹下的三方协同机制有待建立。"],
    obj=["组建党员志愿服务队{n}支，常态化开展服务||成立{n}支党员志愿服务队，开展常态化服务",
         "建立党组织、业委会、物业“三方联动”机制||构建党组织牵头、业委会和物业协同的三方联动机制",
         "为{n}名{t}提供关爱服务，增强归属感||为{n}名{t}提供关爱，提升其社区归属感",
         "打造党群服务阵地{n}个||建设{n}个党群服务阵地"],
    act=["党员志愿服务活动{n}场||开展党员志愿服务{n}场||组织党员参与志愿服务{n}场",
         "“红色议事会”{n}场||召开红色议事会{n}场||组织党建议事协商会{n}场",
         "主题党日联建活动{n}场||开展联建主题党日{n}场||组织主题党日共建活动{n}场",
         "爱心驿站服务{n}人次||依托爱心驿站服务{n}人次||提供驿站歇脚服务{n}人次",
         "党员骨干培训{n}期||开展党员骨干培训{n}期||举办党员能力提升培训{n}期",
         "“三方联动”协调会{n}次||召开三方联动协调会{n}次||组织党组织、业委会、物业协调会{n}次"],
)

D["volunteer"] = dict(
    purchasers=["共青团官渡区委员会", "官渡区民政局", "STATION"],
    targets=["社区志愿者", "大学生志愿者", "低龄老年志愿者", "社区居民", "青年志愿者"],
    brands=["志愿之光", "益起来", "邻里帮", "时间银行", "志愿同行", "爱心接力"],
    topics=["{t}队伍培育项目||{t}队伍建设项目||{t}培育发展项目",
            "社区志愿服务“时间银行”项目||“时间银行”社区志愿服务项目||社区互助“时间银行”项目",
            "志愿服务站点运营项目||志愿服务站运营支持项目||社区志愿服务站点建设项目"],
    bg=["{loc}登记志愿者{n}余名，但活跃志愿者比例不足三成，缺乏系统培训与激励机制。||"
        "{loc}注册志愿者有{n}多人，可经常参与的不到30%，培训和激励都跟不上。||"
        "{loc}虽有{n}余名注册志愿者，但活跃度偏低，培训体系和激励机制不健全。",
        "{loc}邻里互助需求旺盛，但供需对接不畅，志愿服务项目化、品牌化程度低。||"
        "{loc}居民相互帮助的需求很大，但供需难以匹配，志愿服务缺少项目化和品牌化运作。||"
        "在{loc}，邻里互助需求与志愿服务供给之间对接不畅，项目化水平较低。",
        "{loc}有高校及企事业单位{n}家，志愿资源丰富但尚未有效整合。||"
        "{loc}周边分布着{n}家高校和企事业单位，志愿力量充足却缺乏整合。||"
        "{loc}辖区内{n}家高校、企事业单位蕴藏大量志愿资源，整合利用不足。"],
    obj=["新招募志愿者{n}名，活跃志愿者比例提升至50%||招募志愿者{n}名，使活跃率达到50%",
         "建立志愿服务积分与激励机制||完善志愿积分和激励制度",
         "打造志愿服务品牌项目{n}个||培育{n}个志愿服务品牌项目",
         "累计志愿服务时长达到{n}小时||志愿服务总时长不少于{n}小时"],
    act=["志愿者通识培训{n}期||开展志愿者通用培训{n}期||举办志愿者基础培训{n}期",
         "志愿服务活动{n}场||组织志愿服务活动{n}场||开展社区志愿行动{n}场",
         "“时间银行”积分兑换{n}次||开展时间银行兑换{n}次||组织服务时长兑换活动{n}次",
         "志愿者表彰会{n}场||召开志愿者表彰大会{n}场||举办优秀志愿者表彰{n}场",
         "志愿服务项目设计大赛{n}场||举办志愿项目设计赛{n}场||开展志愿服务项目策划比赛{n}场",
         "共建单位对接会{n}次||召开共建单位联席会{n}次||组织高校企业资源对接会{n}次"],
)

DOMAINS = list(D)

# generic (boilerplate) summary sentences shared by honest projects
APPROACH = [
    "项目运用个案、小组、社区三大专业方法，链接社区资源，培育志愿者队伍。||"
    "项目综合运用个案工作、小组工作和社区工作方法，整合辖区资源并培育志愿服务力量。||"
    "本项目以个案、小组、社区工作为主要手法，通过整合社区资源、发展志愿者来开展服务。",
    "项目依托“五社联动”机制，联动社区、社会组织、社会工作者、社区志愿者和社会慈善资源，形成服务合力。||"
    "项目以“五社联动”为抓手，整合社区、社会组织、社工、志愿者及慈善资源，共同推进服务。||"
    "借助“五社联动”工作机制，项目把社区、社会组织、社工、志愿者与慈善资源拧成一股绳。",
    "项目坚持需求导向，在需求评估基础上分层分类提供精准服务。||"
    "项目以需求为导向，先做需求评估，再分层分类开展精准服务。||"
    "项目从需求评估出发，按照不同需求层次提供有针对性的服务。",
    "项目按照“1+1+1+N”联动模式，由社区、社会组织、项目社工和多方力量共同参与实施。||"
    "项目采用“1+1+1+N”模式，社区、社会组织、项目社工及N方力量协同推进。||"
    "实施上遵循“1+1+1+N”联动模式，社区、承接机构、驻点社工和多元主体共同发力。",
]
OUTCOME = [
    "预计直接服务{t}{n}人次，间接受益{m}人次。||项目预计直接惠及{t}{n}人次，带动间接受益约{m}人次。||"
    "预期直接服务{n}人次，间接覆盖{m}人次。",
    "项目结束后将形成可推广的服务模式和案例集。||通过项目实施，将总结出可复制推广的服务经验并汇编案例集。||"
    "项目期满将沉淀一套可推广的服务模式，并编印服务案例集。",
    "通过项目实施，进一步提升{t}的获得感、幸福感和安全感。||项目旨在让{t}获得感、幸福感、安全感不断增强。||"
    "项目将切实增强{t}的获得感、幸福感与安全感。",
]

SYNONYMS = [("开展", "组织"), ("提升", "增强"), ("帮助", "协助"), ("构建", "搭建"), ("促进", "推动"),
            ("服务对象", "受助对象"), ("进一步", "更好地"), ("建立", "建起"), ("培育", "培养"),
            ("链接", "对接"), ("普遍", "大多"), ("较为", "比较"), ("亟需", "急需"), ("问题", "难题")]

# --------------------------------------------------------------------------------------------
# Project spec -> rendered application
# --------------------------------------------------------------------------------------------


def alts(s):
    return s.split("||")


UNIT_RANGES = [  # magnitude of a quantity by the unit that follows it
    ("人次", [60, 80, 100, 120, 150, 200, 240, 300, 360, 500, 600, 800, 1000]),
    ("户次", [30, 40, 60, 80, 100, 120]),
    ("小时", [120, 160, 200, 240, 300, 400, 500, 600, 800]),
    ("元", [20000, 30000, 50000, 80000, 100000]),
    ("余", [320, 480, 650, 900, 1200, 1800, 2600, 3500, 5200, 8600]),
    ("多", [300, 450, 600, 860, 1100, 1500, 2400, 3200, 4800, 7600]),
    ("所", [3, 4, 5, 6, 8, 11]),
    ("家", [3, 4, 5, 6, 8, 10, 12, 15, 18, 23]),
    ("支", [2, 3, 4, 5]),
    ("期", [2, 3, 4, 5, 6, 8]),
    ("节", [6, 8, 10, 12, 16, 18, 20, 24]),
    ("场", [2, 3, 4, 5, 6, 8, 10, 12]),
    ("次", [2, 3, 4, 5, 6, 8, 10, 12]),
    ("张", [50, 80, 100, 150, 200, 300]),
    ("户", [20, 30, 40, 50, 60, 80, 100, 120, 150]),
    ("个", [3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 40]),
    ("名", [8, 10, 12, 15, 20, 24, 30, 36, 40, 50, 60, 80]),
    ("人", [15, 20, 25, 30, 40, 50, 60, 80]),
]


def num_for(tpl, key="{n}"):
    first = alts(tpl)[0]
    i = first.find(key)
    if i < 0:
        return 10
    rest = first[i + len(key):]
    for unit, rng_vals in UNIT_RANGES:
        if rest.startswith(unit):
            return rng.choice(rng_vals)
    return rng.choice([5, 8, 10, 12, 20])


def make_frame(tpl, params):
    return {"tpl": tpl, "alt": rng.randrange(len(alts(tpl))), "p": dict(params)}


def render_frame(f, shift=0):
    a = alts(f["tpl"])
    eff = shift % len(a)
    if shift and eff == 0:      # a paraphrase always moves to another phrasing
        eff = 1
    return a[(f["alt"] + eff) % len(a)].format(**f["p"])


def new_spec(domain, org, loc, year, target=None, act_idx=None, obj_idx=None, bg_idx=None, topic_idx=None,
             brand=None, approach_idx=None, months=None):
    d = D[domain]
    street, comm = loc
    t = target or rng.choice(d["targets"])
    locname = comm if rng.random() < 0.6 else street + comm
    bg_idx = rng.randrange(len(d["bg"])) if bg_idx is None else bg_idx
    big_n = num_for(d["bg"][bg_idx])
    summary = [make_frame(d["bg"][bg_idx], {"loc": locname, "t": t, "n": big_n})]
    ai = approach_idx if approach_idx is not None else rng.sample(range(len(APPROACH)), rng.choice([1, 1, 2]))
    summary += [make_frame(APPROACH[i], {}) for i in ai]
    if rng.random() < 0.75:
        oi = rng.randrange(len(OUTCOME))
        summary.append(make_frame(OUTCOME[oi], {"t": t, "n": rng.choice([300, 450, 600, 800, 1200, 1500, 2000]),
                                                "m": rng.choice([1000, 1500, 2000, 3000, 5000, 8000])}))
    summary = summary[:4]
    if obj_idx is None:
        obj_idx = rng.sample(range(len(d["obj"])), rng.choice([2, 3, 3, 4]))
    objectives = [make_frame(d["obj"][i], {"t": t, "n": num_for(d["obj"][i]), "m": rng.choice([5, 8, 10, 15])})
                  for i in obj_idx]
    if act_idx is None:
        act_idx = rng.sample(range(len(d["act"])), rng.choice([3, 4, 4, 5, 5, 6]))
    activities = [make_frame(d["act"][i], {"t": t, "n": num_for(d["act"][i])}) for i in act_idx]
    topic_idx = rng.randrange(len(d["topics"])) if topic_idx is None else topic_idx
    brand = brand or rng.choice(d["brands"])
    purchaser = rng.choice(d["purchasers"])
    if purchaser == "STATION":
        purchaser = STATION[street]
    month = rng.randint(1, 9) if year < 2027 else rng.randint(1, 4)
    start = date(year, month, 1)
    months = months or rng.choice([6, 8, 10, 12, 12, 12])
    end = add_months(start, months) - timedelta(days=1)
    budget = rng.randrange(50, 301) * 1000
    if rng.random() < 0.3:
        budget += rng.choice([500, 200, 800]) * (1 if budget < 300000 else 0)
    return {
        "domain": domain, "org": org, "loc": loc, "locname": locname, "target": t, "brand": brand,
        "title_frame": make_frame(d["topics"][topic_idx], {"t": t}),
        "title_style": rng.randrange(4), "year": year,
        "summary": summary, "objectives": objectives, "activities": activities,
        "act_idx": list(act_idx), "obj_idx": list(obj_idx),
        "obj_style": rng.randrange(2), "act_style": rng.randrange(3),
        "purchaser": purchaser, "start": start, "end": end, "budget": budget,
        "shift": 0, "drop": set(),
    }


def add_months(d0, m):
    y, mo = divmod(d0.month - 1 + m, 12)
    return date(d0.year + y, mo + 1, 1)


def render_title(spec, shift=0):
    topic = render_frame(spec["title_frame"], shift)
    comm = spec["loc"][1]
    y = spec["year"]
    b = spec["brand"]
    st = (spec["title_style"] + shift) % 4
    if st == 0:
        return f"{y}年官渡区{comm}“{b}”{topic}"
    if st == 1:
        return f"“{b}”——{comm}{topic}（{y}年度）"
    if st == 2:
        return f"{comm}{topic}（“{b}”{y}）"
    return f"{y}年度“{b}”{comm}{topic}"


def render_list(items, style):
    if style == 0:
        return "；".join(f"{i + 1}. {x}" for i, x in enumerate(items)) + "。"
    if style == 1:
        return "\n".join(f"（{i + 1}）{x}；" for i, x in enumerate(items))
    return "，".join(items) + "。"


def render(spec, app_id, shift=0):
    s = shift + spec["shift"]
    org = spec["org"]
    street, comm = spec["loc"]
    app = {
        "id": app_id,
        "org_name": org["name"],
        "org_credit_code": org["code"],
        "purchaser": spec["purchaser"],
        "title": spec.get("title_override") or render_title(spec, s),
        "summary": "".join(render_frame(f, s) for f in spec["summary"]),
        "objectives": render_list([render_frame(f, s) for f in spec["objectives"]], (spec["obj_style"] + s) % 2),
        "activities": render_list([render_frame(f, s) for f in spec["activities"]], (spec["act_style"] + s) % 3),
        "target_group": spec["target"],
        "location": f"昆明市官渡区{street}{comm}",
        "budget_yuan": spec["budget"],
        "start_date": spec["start"].isoformat(),
        "end_date": spec["end"].isoformat(),
    }
    for k in spec["drop"]:
        app[k] = "" if k != "budget_yuan" else None
    return app


# --------------------------------------------------------------------------------------------
# Text edits
# --------------------------------------------------------------------------------------------
CN = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    if n < 100:
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    if n < 1000:
        h, r = divmod(n, 100)
        out = CN[h] + "百"
        if r == 0:
            return out
        if r < 10:
            return out + "零" + CN[r]
        return out + CN[r // 10] + "十" + (CN[r % 10] if r % 10 else "")
    return str(n)


CN_TO_INT = {cn_num(i): i for i in range(1, 1000)}


def edit_digits_to_cn(text, r):
    nums = [m for m in re.finditer(r"(?<![\d.%（(])(\d{1,3})(?=[个节场次期户名人张家支小元]|人次|户次)", text)]
    if not nums:
        return text
    picks = r.sample(nums, min(len(nums), r.choice([1, 2])))
    for m in sorted(picks, key=lambda m: -m.start()):
        text = text[:m.start()] + cn_num(int(m.group(1))) + text[m.end():]
    return text


def edit_number(text, r):
    nums = list(re.finditer(r"(?<![\d.])(\d{1,3})(?=[个节场次期户名人])", text))
    if not nums:
        return text
    m = r.choice(nums)
    v = int(m.group(1))
    nv = max(1, v + r.choice([-2, -1, 1, 2, 5]))
    return text[:m.start()] + str(nv) + text[m.end():]


def edit_punct(text, r):
    table = [("，", ","), ("；", ";"), ("：", ":"), ("（", "("), ("）", ")"), ("“", "\""), ("”", "\"")]
    for a, b in r.sample(table, 3):
        text = text.replace(a, b)
    return text


def edit_synonym(text, r, k=1):
    cands = [(a, b) for a, b in SYNONYMS if a in text]
    for a, b in r.sample(cands, min(k, len(cands))):
        text = text.replace(a, b, 1)
    return text


def edit_swap_items(text, r):
    if "；" in text and text.startswith("1. "):
        items = [re.sub(r"^\d+\. ", "", x).rstrip("。") for x in text.split("；")]
        if len(items) >= 3:
            i = r.randrange(len(items) - 1)
            items[i], items[i + 1] = items[i + 1], items[i]
            return render_list(items, 0)
    if "\n" in text:
        items = [re.sub(r"^（\d+）", "", x).rstrip("；") for x in text.split("\n")]
        i = r.randrange(len(items) - 1)
        items[i], items[i + 1] = items[i + 1], items[i]
        return render_list(items, 1)
    parts = text.rstrip("。").split("，")
    if len(parts) >= 3:
        i = r.randrange(len(parts) - 1)
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
        return "，".join(parts) + "。"
    return text


def edit_sentence_order(text, r):
    sents = [s for s in re.split(r"(?<=。)", text) if s]
    if len(sents) >= 3:
        i = r.randrange(1, len(sents) - 1)
        sents[i], sents[i + 1] = sents[i + 1], sents[i]
    return "".join(sents)


def light_edit(app, r, strength=2):
    a = dict(app)
    ops = ["cn", "num", "punct", "syn", "swap", "order", "title", "budget"]
    for op in r.sample(ops, strength + 1):
        if op == "cn":
            a["activities"] = edit_digits_to_cn(a["activities"], r)
        elif op == "num":
            a["activities"] = edit_number(a["activities"], r)
        elif op == "punct":
            f = r.choice(["summary", "objectives", "activities"])
            a[f] = edit_punct(a[f] or "", r)
        elif op == "syn":
            a["summary"] = edit_synonym(a["summary"] or "", r, 2)
            a["objectives"] = edit_synonym(a["objectives"] or "", r, 1)
        elif op == "swap":
            a["activities"] = edit_swap_items(a["activities"], r)
        elif op == "order":
            a["summary"] = edit_sentence_order(a["summary"] or "", r)
        elif op == "title":
            t = a["title"]
            t2 = t.replace("服务项目", "项目") if "服务项目" in t else t.replace("项目", "服务项目", 1)
            a["title"] = t2.replace("“", "\"").replace("”", "\"") if r.random() < 0.4 else t2
        elif op == "budget" and a.get("budget_yuan"):
            a["budget_yuan"] = int(round(a["budget_yuan"] * r.choice([0.95, 0.97, 1.02, 1.05]), -2))
    return a


def paraphrase_text(text, r):
    for a, b in SYNONYMS:
        if a in text and r.random() < 0.6:
            text = text.replace(a, b)
    return text


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------
apps = []          # rendered applications
pairs = {}         # (a,b) -> kind
hard = []          # (a,b,category)
used_ids = set()


def new_id():
    while True:
        i = f"GD-APP-{rng.randrange(100000, 999999)}"
        if i not in used_ids:
            used_ids.add(i)
            return i


def add(app):
    apps.append(app)
    return app["id"]


PRECEDENCE = ["exact", "light_edit", "paraphrase", "resubmission", "split"]
groups = []        # list of (root_id, [(id, parent_id, kind)])


def label(a, b, kind):
    x, y = sorted([a, b])
    pairs[(x, y)] = kind


def close_group(root, members):
    """members: list of (id, parent, kind-of-edge). Labels every pair in the group with the
    highest-precedence kind on the derivation path between them (split siblings: split)."""
    parent = {root: None}
    edge = {}
    for i, p, k in members:
        parent[i] = p
        edge[i] = k

    def path(i):
        out = []
        while parent[i] is not None:
            out.append(i)
            i = parent[i]
        out.append(i)
        return out

    ids = list(parent)
    for ii in range(len(ids)):
        for jj in range(ii + 1, len(ids)):
            a, b = ids[ii], ids[jj]
            pa, pb = path(a), path(b)
            common = next(x for x in pa if x in pb)
            kinds = [edge[x] for x in pa[:pa.index(common)]] + [edge[x] for x in pb[:pb.index(common)]]
            label(a, b, max(kinds, key=PRECEDENCE.index))


org_pool = list(range(len(ORGS)))


def pick_org():
    return ORGS[rng.choice(org_pool)]


def base(domain=None, org=None, loc=None, year=None, **kw):
    domain = domain or rng.choice(DOMAINS)
    org = org or pick_org()
    loc = loc or rng.choice(LOCATIONS)
    year = year or rng.choice([2023, 2024, 2024, 2025, 2025, 2026])
    spec = new_spec(domain, org, loc, year, **kw)
    i = new_id()
    add(render(spec, i))
    return i, spec


def maybe_drop(app, r, p=0.08):
    a = dict(app)
    if r.random() < p:
        k = r.choice(["org_credit_code", "summary", "target_group", "location", "budget_yuan", "end_date"])
        a[k] = None if k == "budget_yuan" else ""
    return a


# ---- plain base applications (honest, unlabelled) -----------------------------------------
specs = {}
for _ in range(150):
    i, s = base()
    specs[i] = s

# ---- hard negatives ------------------------------------------------------------------------
# 1. same organisation, two genuinely different projects
for _ in range(18):
    org = pick_org()
    d1, d2 = rng.sample(DOMAINS, 2)
    if rng.random() < 0.5:
        loc = rng.choice(LOCATIONS)
        a, sa = base(d1, org, loc)
        b, sb = base(d2, org, loc, year=sa["year"])
    else:
        a, sa = base(d1, org)
        b, sb = base(d1, org, loc=rng.choice([l for l in LOCATIONS if l[0] != sa["loc"][0]]),
                     act_idx=[x for x in range(len(D[d1]["act"])) if x not in sa["act_idx"]][:4] or None,
                     topic_idx=(D[d1]["topics"].index(sa["title_frame"]["tpl"]) + 1) % 3)
    specs[a], specs[b] = sa, sb
    hard.append((a, b, "same_org_different_project"))

# 2. two organisations, same community and target group, different projects
for _ in range(16):
    d = rng.choice(DOMAINS)
    loc = rng.choice(LOCATIONS)
    t = rng.choice(D[d]["targets"])
    o1, o2 = rng.sample(ORGS, 2)
    n_act = len(D[d]["act"])
    perm = rng.sample(range(n_act), n_act)
    a, sa = base(d, o1, loc, target=t, act_idx=perm[:4], topic_idx=0, obj_idx=[0, 1, 2][:rng.choice([2, 3])])
    b, sb = base(d, o2, loc, year=sa["year"], target=t, act_idx=perm[4:] + perm[:1], topic_idx=rng.choice([1, 2]),
                 obj_idx=list(range(2, len(D[d]["obj"]))))
    specs[a], specs[b] = sa, sb
    hard.append((a, b, "same_community_and_target_group"))

# 3. heavy shared boilerplate: identical approach/outcome sentences, same target group, different everything else
for _ in range(14):
    d = rng.choice(DOMAINS)
    t = rng.choice(D[d]["targets"])
    l1, l2 = rng.sample(LOCATIONS, 2)
    o1, o2 = rng.sample(ORGS, 2)
    a, sa = base(d, o1, l1, target=t, approach_idx=[0, 1])
    b, sb = base(d, o2, l2, target=t, approach_idx=[0, 1],
                 act_idx=rng.sample([x for x in range(len(D[d]["act"])) if x not in sa["act_idx"][:2]], 4))
    # force the very same boilerplate wording in both
    for k in (1, 2):
        sb["summary"][k]["alt"] = sa["summary"][k]["alt"]
    apps[-1] = render(sb, b)
    specs[a], specs[b] = sa, sb
    hard.append((a, b, "shared_boilerplate"))

# 4. the same organisation continuing its project next year with a clearly different phase
for _ in range(14):
    d = rng.choice(DOMAINS)
    org = pick_org()
    loc = rng.choice(LOCATIONS)
    t = rng.choice(D[d]["targets"])
    n_act = len(D[d]["act"])
    perm = rng.sample(range(n_act), n_act)
    y = rng.choice([2023, 2024, 2025])
    a, sa = base(d, org, loc, year=y, target=t, act_idx=perm[:3], obj_idx=[0, 1])
    sb = new_spec(d, org, loc, y + 1, target=t, act_idx=perm[3:] or perm[:2], obj_idx=list(range(2, len(D[d]["obj"]))),
                  brand=sa["brand"], topic_idx=(D[d]["topics"].index(sa["title_frame"]["tpl"]) + 1) % 3,
                  bg_idx=(D[d]["bg"].index(sa["summary"][0]["tpl"]) + 1) % 3)
    b = new_id()
    app = render(sb, b)
    app["title"] = app["title"].replace("项目", "二期项目", 1) if rng.random() < 0.5 else app["title"] + "（二期）"
    app["summary"] = (f"在一期项目完成{rng.choice(['需求评估与关系建立', '骨干培育', '服务网络搭建', '基础服务'])}的基础上，"
                      f"二期项目转向{rng.choice(['能力建设与自助互助', '社区参与和可持续机制', '专项深化服务', '骨干自治与资源自循环'])}。"
                      + app["summary"])
    add(app)
    specs[b] = sb
    hard.append((a, b, "next_phase_same_org"))

base_ids = [a["id"] for a in apps]
candidates = [i for i in base_ids if i not in {x for h in hard for x in h[:2]}]
rng.shuffle(candidates)
pool = iter(candidates)


def app_by_id(i):
    return next(a for a in apps if a["id"] == i)


def other_purchaser(spec, current):
    d = D[spec["domain"]]
    opts = [STATION[spec["loc"][0]] if p == "STATION" else p for p in d["purchasers"]]
    opts += ["官渡区慈善总会", "官渡区民政局（福彩公益金）", "官渡区社会组织孵化基地"]
    opts = [p for p in opts if p != current]
    return rng.choice(opts)


# ---- exact -------------------------------------------------------------------------------
for g in range(13):
    root = next(pool)
    src = app_by_id(root)
    members = []
    for c in range(2 if g < 2 else 1):
        a = dict(src)
        a["id"] = new_id()
        a["purchaser"] = other_purchaser(specs[root], src["purchaser"])
        if c == 0 and g % 5 == 3:
            a["org_credit_code"] = ""          # field left empty on the re-sent copy
        add(a)
        members.append((a["id"], root, "exact"))
    close_group(root, members)
    groups.append(("exact", root, members))

# ---- light edits ---------------------------------------------------------------------------
r2 = random.Random(SEED + 1)
for g in range(15):
    root = next(pool)
    src = app_by_id(root)
    members = []
    for c in range(2 if g < 2 else 1):
        a = light_edit(src, r2, r2.choice([1, 2, 3]))
        a["id"] = new_id()
        if r2.random() < 0.5:
            a["purchaser"] = other_purchaser(specs[root], src["purchaser"])
        add(maybe_drop(a, r2))
        members.append((a["id"], root, "light_edit"))
    close_group(root, members)
    groups.append(("light_edit", root, members))

# ---- paraphrases ---------------------------------------------------------------------------
for g in range(14):
    root = next(pool)
    spec = dict(specs[root])
    src = app_by_id(root)
    a = render(spec, new_id(), shift=1 + (g % 2))  # 1 or 2: always another phrasing
    a["summary"] = paraphrase_text(edit_sentence_order(a["summary"], r2), r2)
    a["objectives"] = paraphrase_text(a["objectives"], r2)
    a["activities"] = paraphrase_text(a["activities"], r2)
    if g % 3 == 0:                                  # a "shell" organisation with the same people
        shell = SHELLS[g // 3 % len(SHELLS)]
        a["org_name"], a["org_credit_code"] = shell["name"], shell["code"]
    if g % 2 == 0:
        a["purchaser"] = other_purchaser(spec, src["purchaser"])
    if g % 4 == 1:
        a["budget_yuan"] = int(round(src["budget_yuan"] * 0.96, -3)) if src["budget_yuan"] else None
    add(a)
    members = [(a["id"], root, "paraphrase")]
    if g < 2:                                        # an exact copy of the paraphrase, sent elsewhere
        b = dict(a)
        b["id"] = new_id()
        b["purchaser"] = other_purchaser(spec, a["purchaser"])
        add(b)
        members.append((b["id"], a["id"], "exact"))
    close_group(root, members)
    groups.append(("paraphrase", root, members))


# ---- resubmissions -------------------------------------------------------------------------
def shift_year(a, spec, r):
    y = spec["year"]
    b = dict(a)
    b["title"] = b["title"].replace(str(y), str(y + 1))
    for k in ("start_date", "end_date"):
        if b.get(k):
            b[k] = str(int(b[k][:4]) + 1) + b[k][4:]
    return b


res_roots = []
for g in range(14):
    while True:
        root = next(pool)
        if specs[root]["year"] <= 2025 and specs[root]["end"].year <= 2026:
            break
    src = app_by_id(root)
    if g >= 2:
        a = shift_year(light_edit(src, r2, r2.choice([1, 2])), specs[root], r2)
        a["id"] = new_id()
        if g % 2 == 0:
            a["purchaser"] = other_purchaser(specs[root], src["purchaser"])
        add(maybe_drop(a, r2))
        members = [(a["id"], root, "resubmission")]
    else:
        members = []   # resubmission of a light edit: root -> light edit -> resubmitted
        le = light_edit(src, r2, 1)
        le["id"] = new_id()
        add(le)
        b = shift_year(light_edit(le, r2, 1), specs[root], r2)
        b["id"] = new_id()
        add(b)
        members += [(le["id"], root, "light_edit"), (b["id"], le["id"], "resubmission")]
    close_group(root, members)
    groups.append(("resubmission", root, members))

# ---- splits --------------------------------------------------------------------------------
SPLIT_SUFFIX = [("（个案服务）", "（小组与社区活动）"), ("（一期）", "（二期）"), ("——A包", "——B包"),
                ("（上半年）", "（下半年）"), ("（服务片区一）", "（服务片区二）")]
for g in range(12):
    while True:
        root = next(pool)
        if len(specs[root]["activities"]) >= 4 and specs[root]["budget"] >= 100000:
            break
    spec = specs[root]
    src = app_by_id(root)
    acts = spec["activities"]
    cut = len(acts) // 2
    objs = spec["objectives"]
    ocut = max(1, len(objs) // 2)
    sfx = SPLIT_SUFFIX[g % len(SPLIT_SUFFIX)]
    total = spec["budget"]
    share = rng.choice([0.45, 0.5, 0.55])
    b1 = int(round(total * share, -3))
    b2 = int(round(total - b1 - rng.choice([0, 0, 2000, 5000]), -3))
    parts = []
    for pi, (acts_p, objs_p, bud) in enumerate([(acts[:cut], objs[:ocut], b1), (acts[cut:], objs[ocut:] or objs[:1], b2)]):
        ps = dict(spec)
        ps["activities"] = acts_p
        ps["objectives"] = objs_p
        ps["budget"] = bud
        ps["summary"] = spec["summary"][:2] if pi == 0 else [spec["summary"][0]] + spec["summary"][2:]
        if g % 5 == 3:   # half-year split
            mid = add_months(spec["start"], 6)
            ps["start"], ps["end"] = (spec["start"], mid - timedelta(days=1)) if pi == 0 else (mid, add_months(mid, 6) - timedelta(days=1))
        pid = new_id()
        a = render(ps, pid, shift=1 if g % 3 == 2 else 0)
        a["title"] = src["title"] + sfx[pi]
        if pi == 1 or g % 2 == 0:
            a["purchaser"] = other_purchaser(spec, src["purchaser"])
        if g % 4 == 1 and pi == 1:
            a = light_edit(a, r2, 1)
            a["id"] = pid
        parts.append(pid)
        if g >= 10 and pi == 1:       # only one part submitted alongside the original
            used_ids.discard(pid)
            parts.pop()
            continue
        add(a)
    members = [(p, root, "split") for p in parts]
    close_group(root, members)
    groups.append(("split", root, members))

# ---- write ---------------------------------------------------------------------------------
rng.shuffle(apps)
with open(os.path.join(HERE, "applications.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for a in apps:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")

with open(os.path.join(HERE, "pairs.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["a", "b", "kind"])
    for (a, b), k in sorted(pairs.items()):
        w.writerow([a, b, k])

with open(os.path.join(HERE, "hard_negatives.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["a", "b", "category"])
    for a, b, c in sorted((min(a, b), max(a, b), c) for a, b, c in hard):
        w.writerow([a, b, c])

# ---- validate ------------------------------------------------------------------------------
KINDS = {"exact", "light_edit", "paraphrase", "resubmission", "split", "other"}
FIELDS = ["id", "org_name", "org_credit_code", "purchaser", "title", "summary", "objectives", "activities",
          "target_group", "location", "budget_yuan", "start_date", "end_date"]
ids = set()
with open(os.path.join(HERE, "applications.jsonl"), encoding="utf-8") as f:
    for line in f:
        a = json.loads(line)
        assert list(a) == FIELDS, a
        assert a["id"] and a["title"], a
        assert a["id"] not in ids, a["id"]
        ids.add(a["id"])
        for k in ("start_date", "end_date"):
            assert not a[k] or re.fullmatch(r"20(2[3-7])-\d\d-\d\d", a[k]), a[k]
            if a[k]:
                date.fromisoformat(a[k])
        assert a["budget_yuan"] is None or 50000 <= a["budget_yuan"] <= 300000 or a["title"].endswith(
            tuple(s for p in SPLIT_SUFFIX for s in p)), a
        assert not a["org_credit_code"] or re.fullmatch(r"52530111MJ[0-9A-Z]{8}", a["org_credit_code"])
code_to_name = {}
for a in apps:
    if a["org_credit_code"]:
        assert code_to_name.setdefault(a["org_credit_code"], a["org_name"]) == a["org_name"]
with open(os.path.join(HERE, "pairs.csv"), encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
for r in rows:
    assert r["a"] in ids and r["b"] in ids and r["a"] < r["b"] and r["kind"] in KINDS, r
for a, b, _ in hard:
    assert (min(a, b), max(a, b)) not in pairs
from collections import Counter
print("applications:", len(ids))
print("organisations:", len({a['org_name'] for a in apps}))
print("pairs:", len(rows), dict(Counter(r["kind"] for r in rows)))
print("duplicate groups:", dict(Counter(g[0] for g in groups)))
print("hard negatives:", len(hard), dict(Counter(h[2] for h in hard)))
