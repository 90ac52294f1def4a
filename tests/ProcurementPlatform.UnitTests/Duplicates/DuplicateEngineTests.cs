using ProcurementPlatform.Cli;
using ProcurementPlatform.Duplicates;

namespace ProcurementPlatform.UnitTests.Duplicates;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("ＡＢＣ １２３", "abc123")]
    [InlineData("“五社联动”，服务！", "5社联动服务")]
    [InlineData("服务二十名儿童", "服务20名儿童")]
    [InlineData("一百二十人次", "120人次")]
    [InlineData("两万元", "20000元")]
    [InlineData("三千五百元", "3500元")]
    [InlineData("十二个月", "12个月")]
    [InlineData("一二〇", "120")]
    [InlineData("一万二千三百零五", "12305")]
    public void Normalises_width_case_punctuation_and_chinese_numerals(string input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input));
}

public sealed class DuplicateEngineTests
{
    private const string Stock = "项目运用个案、小组、社区三大专业方法，联动社区、社会组织、社会工作者、社区志愿者和社会慈善资源，开展“五社联动”服务，建立需求评估机制，链接社区资源，培育志愿者队伍。";

    private static readonly string[] Communities = ["金马社区", "关上社区", "太和社区", "东站社区", "吴井社区", "小板桥社区", "矣六社区", "六甲社区", "大板桥社区", "阿拉社区"];
    private static readonly string[] Topics =
    [
        "为独居老人提供每周入户探访和紧急呼叫响应，建立邻里守望互助小组",
        "为留守儿童开设课后托管与四点半课堂，联合学校开展心理健康筛查",
        "为残疾人家庭提供康复训练指导与辅具适配，组织残健融合文体活动",
        "为社区戒毒康复人员提供个案跟进、就业技能培训和家庭关系修复",
        "开展垃圾分类宣传督导与楼道微更新，推动居民议事会协商公共事务",
        "为低保和特困家庭提供“物质+服务”救助，开展理财能力与就业辅导",
        "面向新就业形态劳动者设立爱心驿站，提供法律咨询与职业安全讲座",
        "为困境妇女提供创业技能培训和小额帮扶对接，建立姐妹互助网络",
        "组织青少年开展禁毒与防溺水安全教育，培育青少年志愿服务队",
        "为失能半失能老人家庭照护者提供喘息服务与照护技能培训",
    ];

    private static ApplicationText App(string id, string topic, string community, string org = "组织甲", string? extra = null, DateOnly? start = null, decimal budget = 150000) =>
        new(id, $"{community}{topic[..8]}服务项目", org, null, "区民政局", $"项目立足{community}，{topic}。{Stock}{extra}",
            "1. 完成服务对象需求评估；2. 提升服务对象社会支持；3. 形成可推广的服务模式。", $"{topic}；服务对象120人次；社区活动6场",
            null, community, budget, start ?? new DateOnly(2026, 1, 1), (start ?? new DateOnly(2026, 1, 1)).AddMonths(11));

    /// <summary>Forty honest projects that share the stock paragraph, some the organisation or the community.</summary>
    private static List<ApplicationText> HonestCorpus() =>
        [.. Enumerable.Range(0, Topics.Length).Select(i => App($"H{i:00}", Topics[i], Communities[i], org: $"组织{i % 3}"))];

    private static IReadOnlyList<DuplicatePair> Sweep(IEnumerable<ApplicationText> apps)
    {
        var detector = new DuplicateDetector();
        detector.AddRange(apps);
        return detector.FindAll();
    }

    [Fact]
    public void Projects_that_share_only_boilerplate_are_not_flagged()
    {
        // Ten different projects, all with the same stock paragraph, objectives and activity wording; some by the same organisation.
        Assert.Empty(Sweep(HonestCorpus()));
    }

    [Fact]
    public void An_exact_copy_sent_to_another_department_is_exact()
    {
        var corpus = HonestCorpus();
        var copy = corpus[3] with { Id = "Z1", Purchaser = "团区委" };
        var pair = Assert.Single(Sweep([.. corpus, copy]), p => p.B == "Z1" || p.A == "Z1");
        Assert.Equal(DuplicateKind.Exact, pair.Kind);
        Assert.Equal(1.0, pair.Score);
    }

    [Fact]
    public void A_light_edit_is_found_with_its_reason()
    {
        var corpus = HonestCorpus();
        var original = corpus[5];
        var edited = original with
        {
            Id = "Z2",
            Title = original.Title.Replace("服务项目", "社工项目"),
            Summary = original.Summary!.Replace("项目立足", "本项目扎根").Replace("120", "一百二十"),
            Activities = original.Activities!.Replace("6场", "八场"),
        };
        var pair = Assert.Single(Sweep([.. corpus, edited]), p => p.A == "Z2" || p.B == "Z2");
        Assert.Equal(DuplicateKind.LightEdit, pair.Kind);
        Assert.Equal(original.Id, pair.A);
        Assert.Contains("同一申报单位", pair.Reason);
    }

    [Fact]
    public void The_same_project_next_year_is_a_resubmission()
    {
        var corpus = HonestCorpus();
        var original = corpus[8];
        var next = original with { Id = "Z3", Title = "2027年度" + original.Title, Start = new DateOnly(2027, 1, 1), End = new DateOnly(2027, 12, 1), Purchaser = "区妇联" };
        var pair = Assert.Single(Sweep([.. corpus, next]), p => p.A == "Z3" || p.B == "Z3");
        Assert.Equal(DuplicateKind.Resubmission, pair.Kind);
    }

    [Fact]
    public void Half_of_a_project_applied_for_separately_is_a_split()
    {
        var corpus = HonestCorpus();
        var big = App("Z4", Topics[0] + "；" + Topics[9] + "；为高龄老人建立健康档案并提供每月一次的上门健康监测和用药指导服务", "关上社区", org: "组织拆分", budget: 280000);
        var part = App("Z5", Topics[0], "关上社区", org: "组织拆分", budget: 140000) with { Summary = "项目立足关上社区，" + Topics[0] + "。" };
        var pair = Assert.Single(Sweep([.. corpus, big, part]), p => p.A == "Z4" && p.B == "Z5");
        Assert.Equal(DuplicateKind.Split, pair.Kind);
        Assert.True(pair.Containment > pair.Similarity);
    }

    [Fact]
    public void The_on_submit_check_finds_the_copy_without_adding_it()
    {
        var detector = new DuplicateDetector();
        var corpus = HonestCorpus();
        detector.AddRange(corpus);
        var found = Assert.Single(detector.Check(corpus[7] with { Id = "NEW" }));
        Assert.Equal(DuplicateKind.Exact, found.Kind);
        Assert.Equal((corpus[7].Id, "NEW"), (found.A, found.B));
        Assert.Equal(corpus.Count, detector.Count);
    }

    [Fact]
    public void Applications_added_after_the_index_was_built_are_checked_against_without_a_rebuild_and_agree_with_one()
    {
        var corpus = Enumerable.Range(0, 200).Select(i => App($"C{i:000}", Topics[i % Topics.Length] + $"，第{i}号试点", Communities[i % Communities.Length], org: $"组织{i}")).ToList();
        var incremental = new DuplicateDetector();
        incremental.AddRange(corpus);
        Assert.Empty(incremental.Check(App("PROBE", "为外来务工子女开展周末阅读营和亲子共读", "螺蛳湾社区", org: "组织X")));  // builds the index
        // Submitted one by one afterwards: each is found by the next check although the index was not rebuilt.
        var original = App("LATE1", "为外来务工子女开展周末阅读营和亲子共读，配套家长课堂", "螺蛳湾社区", org: "组织X");
        incremental.Add(original);
        var found = Assert.Single(incremental.Check(original with { Id = "LATE2", Purchaser = "团区委" }));
        Assert.Equal(("LATE1", "LATE2", DuplicateKind.Exact), (found.A, found.B, found.Kind));
        var edited = original with { Id = "LATE3", Summary = original.Summary + "本期增加暑期专场。" };
        var light = Assert.Single(incremental.Check(edited));
        Assert.Equal(DuplicateKind.LightEdit, light.Kind);

        // The same corpus indexed at once finds the same pair.
        var fresh = new DuplicateDetector();
        fresh.AddRange([.. corpus, original]);
        Assert.Equal((light.A, light.B, light.Kind), fresh.Check(edited).Select(p => (p.A, p.B, p.Kind)).Single());
        // The sweep sees the whole corpus, tail included.
        incremental.Add(edited);
        Assert.Contains(incremental.FindAll(), p => (p.A, p.B) == ("LATE1", "LATE3"));
        Assert.Equal(202, incremental.Count);
    }

    [Fact]
    public void Contains_tells_indexed_ids_and_a_check_does_not_add()
    {
        var detector = new DuplicateDetector();
        var corpus = HonestCorpus();
        detector.AddRange(corpus);
        Assert.True(detector.Contains(corpus[0].Id));
        Assert.True(detector.Contains(corpus[^1].Id));
        Assert.False(detector.Contains("NEW"));
        Assert.False(detector.Contains(corpus[0].Id.ToLowerInvariant()));
        detector.Check(corpus[2] with { Id = "NEW" });
        Assert.False(detector.Contains("NEW"));
        detector.Add(corpus[2] with { Id = "NEW" });
        Assert.True(detector.Contains("NEW"));
    }

    [Fact]
    public void Explain_works_for_any_two_indexed_ids_and_refuses_unknown_ones()
    {
        var detector = new DuplicateDetector();
        var corpus = HonestCorpus();
        detector.AddRange([.. corpus, corpus[4] with { Id = "Z6" }]);
        var (similarity, containment, signals, candidate) = detector.Explain(corpus[4].Id, "Z6");
        Assert.Equal((1.0, 1.0, true), (similarity, containment, candidate));
        Assert.Contains("同一申报单位", signals);
        Assert.True(detector.Explain(corpus[0].Id, corpus[1].Id).Similarity < 0.3);
        Assert.Throws<InvalidOperationException>(() => detector.Explain(corpus[0].Id, "missing"));
    }

    [Fact]
    public void Input_lines_need_an_id_and_a_title_and_tolerate_missing_fields()
    {
        Assert.Equal("missing id", JsonLines.Parse("""{"title":"x"}""").Error);
        Assert.Equal("missing title", JsonLines.Parse("""{"id":"1","title":""}""").Error);
        Assert.StartsWith("not valid JSON", JsonLines.Parse("{oops").Error);
        var (app, error) = JsonLines.Parse("""{"id":"7","title":"标题","budget_yuan":"12000.5","start_date":"2026-02-30","activities":["个案20个","小组8节"],"location":null}""");
        Assert.Null(error);
        Assert.Equal(12000.5m, app!.BudgetYuan);
        Assert.Null(app.Start); // an impossible date is treated as missing
        Assert.Equal("个案20个；小组8节", app.Activities);
        Assert.Null(app.Location);
    }
}
