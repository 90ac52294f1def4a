using FluentValidation.Results;
using ProcurementPlatform.Application.Common.Files;
using ProcurementPlatform.Application.Solicitations;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Application.Solicitations;

public class SolicitationFormValidatorTests
{
    private readonly CreateSolicitationCommandValidator _validator = new(TestFiles.Validator());

    /// <summary>A complete, consistent form as an officer types it (Beijing wall-clock times, yuan).</summary>
    private static CreateSolicitationCommand ValidForm() => new()
    {
        Title = "2025年社区养老服务项目征集",
        Summary = "面向辖区高龄独居老人提供助餐、助浴、探访等服务。",
        ServiceField = ServiceField.ElderlyCare,
        TargetGroups = "80岁以上独居老人",
        FundSource = FundSource.WelfareLottery,
        ProjectCeilingYuan = "200,000",
        TotalBudgetYuan = "¥1,000,000.00",
        ProjectCount = 5,
        Eligibility = "在本市登记满一年的社会组织。",
        OpensAt = new DateTime(2025, 3, 1, 8, 0, 0),
        ClosesAt = new DateTime(2025, 3, 31, 17, 0, 0),
        RoadshowAt = new DateTime(2025, 4, 10, 9, 0, 0),
        ContactInfo = "张老师 010-12345678",
        Rubric =
        [
            new RubricRow { Name = "项目设计", Weight = 40, Description = "需求分析与目标设定" },
            new RubricRow { Name = "执行能力", Weight = 30 },
            new RubricRow { Name = "预算合理性", Weight = 30 },
        ],
    };

    private ValidationResult Validate(CreateSolicitationCommand form)
    {
        var result = _validator.Validate(form);
        Assert.All(result.Errors, e => ChineseText.AssertChinese(e.ErrorMessage));
        return result;
    }

    private static void AssertError(ValidationResult result, string property, string messagePart) =>
        Assert.True(result.Errors.Any(e => e.PropertyName == property && e.ErrorMessage.Contains(messagePart, StringComparison.Ordinal)),
            $"expected an error on {property} containing “{messagePart}”, got: "
            + string.Join(" | ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));

    [Fact]
    public void A_complete_form_is_valid()
    {
        var result = Validate(ValidForm());

        Assert.True(result.IsValid, string.Join(" | ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
    }

    [Fact]
    public void A_valid_form_becomes_utc_terms_the_domain_accepts()
    {
        var terms = ValidForm().ToTerms();

        Assert.Equal(new DateTime(2025, 3, 31, 9, 0, 0, DateTimeKind.Utc), terms.ClosesAtUtc);
        Assert.Equal(Money.FromYuan(200_000), terms.ProjectCeiling);
        Assert.Equal(Money.FromYuan(1_000_000), terms.TotalBudget);
        Assert.Empty(terms.Problems());
        var s = new Solicitation(Guid.NewGuid(), terms, "officer", new DateTime(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(3, s.Rubric.Count);
    }

    [Theory]
    [InlineData(nameof(SolicitationForm.Title), "请填写项目征集标题。")]
    [InlineData(nameof(SolicitationForm.Summary), "请填写征集说明（服务内容与要求）。")]
    [InlineData(nameof(SolicitationForm.ServiceField), "请选择服务领域。")]
    [InlineData(nameof(SolicitationForm.TargetGroups), "请填写服务对象（目标人群）。")]
    [InlineData(nameof(SolicitationForm.FundSource), "请选择资金来源。")]
    [InlineData(nameof(SolicitationForm.ProjectCeilingYuan), "请填写有效的单个项目资金上限（元，最多两位小数）。")]
    [InlineData(nameof(SolicitationForm.TotalBudgetYuan), "请填写有效的总预算（元，最多两位小数）。")]
    [InlineData(nameof(SolicitationForm.ProjectCount), "请填写拟资助项目数量。")]
    [InlineData(nameof(SolicitationForm.Eligibility), "请填写申报资格条件。")]
    [InlineData(nameof(SolicitationForm.OpensAt), "请填写申报开始时间。")]
    [InlineData(nameof(SolicitationForm.ClosesAt), "请填写申报截止时间。")]
    [InlineData(nameof(SolicitationForm.RoadshowAt), "请填写路演评审时间。")]
    [InlineData(nameof(SolicitationForm.ContactInfo), "请填写联系人及联系电话。")]
    public void A_missing_field_is_reported_on_that_field(string property, string message)
    {
        var form = ValidForm();
        typeof(CreateSolicitationCommand).GetProperty(property)!.SetValue(form, null);

        var result = Validate(form);

        Assert.False(result.IsValid);
        AssertError(result, property, message);
        Assert.All(result.Errors, e => Assert.Equal(property, e.PropertyName));
    }

    [Theory]
    [InlineData(nameof(SolicitationForm.Title), 200, "标题不能超过200个字符。")]
    [InlineData(nameof(SolicitationForm.TargetGroups), 500, "服务对象不能超过500个字符。")]
    [InlineData(nameof(SolicitationForm.ContactInfo), 200, "联系方式不能超过200个字符。")]
    [InlineData(nameof(SolicitationForm.Eligibility), 5000, "申报资格条件不能超过5000个字符。")]
    [InlineData(nameof(SolicitationForm.Summary), 10000, "征集说明不能超过10000个字符。")]
    public void Over_long_text_is_reported_on_that_field(string property, int maximum, string message)
    {
        var atLimit = ValidForm();
        typeof(CreateSolicitationCommand).GetProperty(property)!.SetValue(atLimit, new string('字', maximum));
        Assert.True(Validate(atLimit).IsValid);

        var overLimit = ValidForm();
        typeof(CreateSolicitationCommand).GetProperty(property)!.SetValue(overLimit, new string('字', maximum + 1));
        AssertError(Validate(overLimit), property, message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-100")]
    [InlineData("0.001")]
    [InlineData("")]
    public void A_bad_amount_is_reported_on_the_yuan_field(string amount)
    {
        var form = ValidForm();
        form.ProjectCeilingYuan = amount;

        var result = Validate(form);

        AssertError(result, nameof(SolicitationForm.ProjectCeilingYuan), "单个项目资金上限");
        Assert.All(result.Errors, e => Assert.Equal(nameof(SolicitationForm.ProjectCeilingYuan), e.PropertyName));
    }

    /// <summary>An absurdly large amount is a validation error on its field, never an exception.</summary>
    [Fact]
    public void A_huge_amount_is_a_validation_error_not_a_crash()
    {
        var form = ValidForm();
        form.TotalBudgetYuan = "10000000000000000000000000000";

        var result = Validate(form);

        AssertError(result, nameof(SolicitationForm.TotalBudgetYuan), "请填写有效的总预算（元，最多两位小数）。");
    }

    [Fact]
    public void A_zero_ceiling_is_reported_by_the_domain_rule_on_the_yuan_field()
    {
        var form = ValidForm();
        form.ProjectCeilingYuan = "0";

        AssertError(Validate(form), nameof(SolicitationForm.ProjectCeilingYuan), "单个项目资金上限必须大于0。");
    }

    [Fact]
    public void A_zero_total_budget_is_reported_on_the_yuan_field()
    {
        var form = ValidForm();
        form.TotalBudgetYuan = "0.00";

        AssertError(Validate(form), nameof(SolicitationForm.TotalBudgetYuan), "总预算必须大于0。");
    }

    [Fact]
    public void A_ceiling_above_the_total_budget_is_reported_on_the_ceiling()
    {
        var form = ValidForm();
        form.ProjectCeilingYuan = "1,000,000.01";

        var result = Validate(form);

        AssertError(result, nameof(SolicitationForm.ProjectCeilingYuan), "单个项目资金上限不能超过总预算。");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Project_count_out_of_range_is_reported(int count)
    {
        var form = ValidForm();
        form.ProjectCount = count;

        AssertError(Validate(form), nameof(SolicitationForm.ProjectCount), "拟资助项目数量应在1至1000之间。");
    }

    [Fact]
    public void An_undefined_service_field_is_refused()
    {
        var form = ValidForm();
        form.ServiceField = (ServiceField)42;

        AssertError(Validate(form), nameof(SolicitationForm.ServiceField), "服务领域");
    }

    [Fact]
    public void An_undefined_fund_source_is_refused()
    {
        var form = ValidForm();
        form.FundSource = (FundSource)42;

        AssertError(Validate(form), nameof(SolicitationForm.FundSource), "资金来源");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void Closing_not_after_opening_is_reported_on_ClosesAt(int minutesAfterOpening)
    {
        var form = ValidForm();
        form.ClosesAt = form.OpensAt!.Value.AddMinutes(minutesAfterOpening);

        AssertError(Validate(form), nameof(SolicitationForm.ClosesAt), "申报截止时间必须晚于申报开始时间。");
    }

    [Fact]
    public void Roadshow_not_after_closing_is_reported_on_RoadshowAt()
    {
        var form = ValidForm();
        form.RoadshowAt = form.ClosesAt;

        AssertError(Validate(form), nameof(SolicitationForm.RoadshowAt), "路演评审时间必须晚于申报截止时间。");
    }

    [Theory]
    [InlineData(new[] { 50, 30 }, 80)]
    [InlineData(new[] { 50, 30, 30 }, 110)]
    [InlineData(new[] { 99 }, 99)]
    public void Rubric_weights_not_summing_to_100_are_reported_on_Rubric(int[] weights, int sum)
    {
        var form = ValidForm();
        form.Rubric = weights.Select((w, i) => new RubricRow { Name = $"标准{i + 1}", Weight = w }).ToList();

        var result = Validate(form);

        AssertError(result, nameof(SolicitationForm.Rubric), "100");
        AssertError(result, nameof(SolicitationForm.Rubric), $"评分标准权重合计应为100，当前为{sum}。");
    }

    [Fact]
    public void A_single_criterion_of_weight_100_is_valid()
    {
        var form = ValidForm();
        form.Rubric = [new RubricRow { Name = "综合评价", Weight = 100 }];

        Assert.True(Validate(form).IsValid);
    }

    [Fact]
    public void An_empty_rubric_is_reported()
    {
        var form = ValidForm();
        form.Rubric = [new RubricRow(), new RubricRow { Name = "  " }];

        AssertError(Validate(form), nameof(SolicitationForm.Rubric), "请至少设置一项评分标准。");
    }

    [Fact]
    public void Blank_rubric_rows_are_ignored()
    {
        var form = ValidForm();
        form.Rubric.Insert(1, new RubricRow());
        form.Rubric.Add(new RubricRow { Name = " ", Description = "" });

        Assert.True(Validate(form).IsValid);
        Assert.Equal(3, form.ToTerms().Rubric.Count);
    }

    [Fact]
    public void Duplicate_criteria_are_reported()
    {
        var form = ValidForm();
        form.Rubric[2].Name = " 项目设计 ";

        AssertError(Validate(form), nameof(SolicitationForm.Rubric), "评分标准“项目设计”重复。");
    }

    [Fact]
    public void A_criterion_with_weight_but_no_name_is_reported()
    {
        var form = ValidForm();
        form.Rubric[2].Name = null;

        AssertError(Validate(form), nameof(SolicitationForm.Rubric), "每项评分标准都需要名称。");
    }

    [Fact]
    public void A_criterion_without_weight_is_reported()
    {
        var form = ValidForm();
        form.Rubric[2].Weight = null;

        AssertError(Validate(form), nameof(SolicitationForm.Rubric), "每项评分标准的权重必须大于0。");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_weight_out_of_range_is_reported_on_its_row(int weight)
    {
        var form = ValidForm();
        form.Rubric[1].Weight = weight;

        AssertError(Validate(form), "Rubric[1].Weight", "评分标准权重应为1至100的整数。");
    }

    [Fact]
    public void An_over_long_criterion_name_is_reported_on_its_row()
    {
        var form = ValidForm();
        form.Rubric[0].Name = new string('评', 101);

        AssertError(Validate(form), "Rubric[0].Name", "评分标准名称不能超过100个字符。");
    }

    /// <summary>
    /// Row errors must point at the row the officer typed. With a blank row above the faulty one the
    /// index has to be the index in <see cref="SolicitationForm.Rubric"/>, not among the filled rows.
    /// </summary>
    [Fact]
    public void A_row_error_points_at_the_row_in_the_form_even_after_a_blank_row()
    {
        var form = ValidForm();
        form.Rubric.Insert(0, new RubricRow());   // blank row at index 0
        form.Rubric[2].Weight = 0;                // 执行能力, now at index 2

        AssertError(Validate(form), "Rubric[2].Weight", "评分标准权重应为1至100的整数。");
    }

    [Fact]
    public void Cross_field_rules_wait_until_their_fields_are_usable_but_the_rubric_is_judged_on_its_own()
    {
        var form = ValidForm();
        form.TotalBudgetYuan = "abc";
        form.ProjectCeilingYuan = "999999999";
        form.Rubric = [new RubricRow { Name = "只有一项", Weight = 10 }];

        var result = Validate(form);

        Assert.Equal(
            [nameof(SolicitationForm.Rubric), nameof(SolicitationForm.TotalBudgetYuan)],
            result.Errors.Select(e => e.PropertyName).Distinct().Order());
        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("当前为10"));
    }

    [Fact]
    public void Attachments_are_checked_with_the_file_rules()
    {
        var form = ValidForm();
        form.NewAttachments = [TestFiles.Pdf(), new FileUpload("工具.exe", "application/octet-stream", TestFiles.ExeBytes)];

        var result = Validate(form);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal("NewAttachments[1].FileName", error.PropertyName);
        Assert.Contains("仅支持", error.ErrorMessage);
    }

    [Fact]
    public void Valid_attachments_pass()
    {
        var form = ValidForm();
        form.NewAttachments = [TestFiles.Pdf(), new FileUpload("模板.docx", "application/octet-stream", TestFiles.ZipBytes)];

        Assert.True(Validate(form).IsValid);
    }

    [Fact]
    public void Fill_then_ToTerms_round_trips_a_solicitation()
    {
        var s = Build.DraftSolicitation();
        var form = new CreateSolicitationCommand();

        form.Fill(s);

        Assert.Equal("200000.00", form.ProjectCeilingYuan);
        Assert.Equal(new DateTime(2025, 3, 31, 17, 0, 0), form.ClosesAt);
        Assert.True(Validate(form).IsValid);
        Assert.Equal(s.CurrentTerms().ClosesAtUtc, form.ToTerms().ClosesAtUtc);
        Assert.Equal(s.CurrentTerms().Rubric, form.ToTerms().Rubric);
        Assert.Equal(s.CurrentTerms().ProjectCeiling, form.ToTerms().ProjectCeiling);
    }
}
