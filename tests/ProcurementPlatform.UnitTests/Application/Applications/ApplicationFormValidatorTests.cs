using FluentValidation.Results;
using ProcurementPlatform.Application.Applications;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Application.Applications;

public class ApplicationFormValidatorTests
{
    private readonly CreateApplicationCommandValidator _validator = new();

    private static CreateApplicationCommand ValidForm() => new()
    {
        SolicitationId = Guid.NewGuid(),
        ClientRequestId = Guid.NewGuid(),
        Title = "幸福食堂——高龄老人助餐服务",
        Summary = "为社区高龄老人提供每日助餐。",
        Objectives = "一年内服务老人200名。",
        Community = "朝阳区某某社区",
        SocialWorkerName = "李社工",
        SocialWorkerCertified = true,
        SocialWorkerCertificateNo = "S123456",
        Location = "某某社区服务中心",
        PeriodStart = new DateOnly(2025, 5, 1),
        PeriodEnd = new DateOnly(2026, 4, 30),
        Partners = [new PartnerRow { Kind = PartnerKind.VolunteerTeam, Name = "社区志愿服务队", Role = "送餐" }],
        Activities = [new ActivityRow { Name = "助餐个案跟进", OutputType = OutputType.Casework, Quantity = 50, Beneficiaries = 50 }],
        BudgetLines =
        [
            new BudgetRow { Category = BudgetCategory.Personnel, Description = "社工薪酬", AmountYuan = "120,000" },
            new BudgetRow { Category = BudgetCategory.Activities, Description = "餐费补贴", AmountYuan = "50000.00" },
        ],
    };

    private ValidationResult Validate(CreateApplicationCommand form)
    {
        var result = _validator.Validate(form);
        Assert.All(result.Errors, e => ChineseText.AssertChinese(e.ErrorMessage));
        return result;
    }

    private static void AssertError(ValidationResult result, string property, string message) =>
        Assert.True(result.Errors.Any(e => e.PropertyName == property && e.ErrorMessage == message),
            $"expected an error on {property}: “{message}”, got: "
            + string.Join(" | ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));

    [Fact]
    public void A_complete_form_is_valid()
    {
        var result = Validate(ValidForm());

        Assert.True(result.IsValid, string.Join(" | ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
    }

    [Fact]
    public void A_draft_needs_only_a_title_and_the_form_token()
    {
        var form = new CreateApplicationCommand { ClientRequestId = Guid.NewGuid(), Title = "幸福食堂" };

        Assert.True(Validate(form).IsValid);
    }

    [Fact]
    public void The_form_becomes_domain_content_with_the_requested_total()
    {
        var content = ValidForm().ToContent();

        Assert.Equal(Money.FromYuan(170_000), content.RequestedAmount);
        Assert.Empty(content.Incompleteness());
        Assert.Empty(content.Problems(Money.FromYuan(200_000)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_title_is_reported_on_Title(string? title)
    {
        var form = ValidForm();
        form.Title = title;

        var result = Validate(form);

        AssertError(result, nameof(ApplicationForm.Title), "请填写项目名称。");
        Assert.Single(result.Errors);
    }

    [Fact]
    public void A_missing_form_token_is_reported()
    {
        var form = ValidForm();
        form.ClientRequestId = Guid.Empty;

        AssertError(Validate(form), nameof(CreateApplicationCommand.ClientRequestId), "表单已失效，请刷新页面后重新填写。");
    }

    [Theory]
    [InlineData(nameof(ApplicationForm.Title), 200, "项目名称不能超过200个字符。")]
    [InlineData(nameof(ApplicationForm.Summary), 5000, "项目概述不能超过5000个字符。")]
    [InlineData(nameof(ApplicationForm.Objectives), 5000, "项目目标不能超过5000个字符。")]
    [InlineData(nameof(ApplicationForm.Community), 200, "合作社区不能超过200个字符。")]
    [InlineData(nameof(ApplicationForm.SocialWorkerName), 50, "项目社工姓名不能超过50个字符。")]
    [InlineData(nameof(ApplicationForm.SocialWorkerCertificateNo), 50, "社工证书编号不能超过50个字符。")]
    [InlineData(nameof(ApplicationForm.Location), 200, "服务地点不能超过200个字符。")]
    public void Over_long_text_is_reported_on_that_field(string property, int maximum, string message)
    {
        var atLimit = ValidForm();
        typeof(CreateApplicationCommand).GetProperty(property)!.SetValue(atLimit, new string('字', maximum));
        Assert.True(Validate(atLimit).IsValid);

        var overLimit = ValidForm();
        typeof(CreateApplicationCommand).GetProperty(property)!.SetValue(overLimit, new string('字', maximum + 1));
        var result = Validate(overLimit);
        AssertError(result, property, message);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void A_certified_social_worker_needs_a_certificate_number()
    {
        var form = ValidForm();
        form.SocialWorkerCertificateNo = " ";

        AssertError(Validate(form), nameof(ApplicationForm.SocialWorkerCertificateNo), "已持证的项目社工请填写证书编号。");

        form.SocialWorkerCertified = false;
        Assert.True(Validate(form).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_period_must_end_after_it_starts(int daysAfterStart)
    {
        var form = ValidForm();
        form.PeriodEnd = form.PeriodStart!.Value.AddDays(daysAfterStart);

        AssertError(Validate(form), nameof(ApplicationForm.PeriodEnd), "项目结束日期必须晚于开始日期。");
    }

    [Fact]
    public void A_half_filled_period_is_fine_for_a_draft()
    {
        var form = ValidForm();
        form.PeriodEnd = null;

        Assert.True(Validate(form).IsValid);
    }

    [Fact]
    public void Partner_rows_are_checked_and_reported_on_the_row()
    {
        var form = ValidForm();
        form.Partners =
        [
            new PartnerRow { Kind = PartnerKind.ResidentLeader, Name = "王阿姨" },
            new PartnerRow { Kind = null, Name = "某某基金会" },
            new PartnerRow { Kind = PartnerKind.Other, Name = null, Role = "场地支持" },
            new PartnerRow { Kind = (PartnerKind)77, Name = "未知" },
        ];

        var result = Validate(form);

        AssertError(result, "Partners[1].Kind", "请选择参与力量的类型。");
        AssertError(result, "Partners[2].Name", "请填写参与力量的名称。");
        AssertError(result, "Partners[3].Kind", "请选择有效的参与力量类型。");
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void Activity_rows_are_checked_and_reported_on_the_row()
    {
        var form = ValidForm();
        form.Activities =
        [
            new ActivityRow { Name = "好", OutputType = OutputType.GroupSession, Quantity = 8, Beneficiaries = 12 },
            new ActivityRow { Name = "缺类型", Quantity = 1 },
            new ActivityRow { Name = "零产出", OutputType = OutputType.CommunityEvent, Quantity = 0 },
            new ActivityRow { Name = "缺数量", OutputType = OutputType.CommunityEvent, Beneficiaries = 5 },
            new ActivityRow { Name = "负受益", OutputType = OutputType.Casework, Quantity = 3, Beneficiaries = -1 },
            new ActivityRow { Name = null, OutputType = OutputType.Casework, Quantity = 3 },
        ];

        var result = Validate(form);

        AssertError(result, "Activities[1].OutputType", "请选择活动的产出类型。");
        AssertError(result, "Activities[2].Quantity", "产出数量应在1至100000之间。");
        AssertError(result, "Activities[3].Quantity", "请填写活动产出数量。");
        AssertError(result, "Activities[4].Beneficiaries", "受益人次应在0至10000000之间。");
        AssertError(result, "Activities[5].Name", "请填写活动名称。");
        Assert.Equal(5, result.Errors.Count);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("0.001")]
    [InlineData("")]
    public void A_bad_budget_amount_is_reported_on_the_row(string amount)
    {
        var form = ValidForm();
        form.BudgetLines[1].AmountYuan = amount;

        var result = Validate(form);

        AssertError(result, "BudgetLines[1].AmountYuan", "预算金额应为大于0的数字（元，最多两位小数）。");
        Assert.Single(result.Errors);
    }

    /// <summary>An absurdly large amount is a validation error on its row, never an exception.</summary>
    [Fact]
    public void A_huge_budget_amount_is_a_validation_error_not_a_crash()
    {
        var form = ValidForm();
        form.BudgetLines[0].AmountYuan = "10000000000000000000000000000";

        var result = Validate(form);

        AssertError(result, "BudgetLines[0].AmountYuan", "预算金额应为大于0的数字（元，最多两位小数）。");
    }

    /// <summary>Too many beneficiaries is refused, but the message must not claim the number is negative.</summary>
    [Fact]
    public void Too_many_beneficiaries_is_not_reported_as_negative()
    {
        var form = ValidForm();
        form.Activities[0].Beneficiaries = 10_000_001;

        var result = Validate(form);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Activities[0].Beneficiaries", error.PropertyName);
        Assert.DoesNotContain("负数", error.ErrorMessage);
    }

    [Fact]
    public void The_largest_allowed_numbers_pass()
    {
        var form = ValidForm();
        form.Activities[0].Quantity = 100_000;
        form.Activities[0].Beneficiaries = 10_000_000;

        Assert.True(Validate(form).IsValid);
    }

    [Fact]
    public void Budget_rows_need_a_category_and_a_description()
    {
        var form = ValidForm();
        form.BudgetLines =
        [
            new BudgetRow { Category = null, Description = "杂项", AmountYuan = "100" },
            new BudgetRow { Category = BudgetCategory.Training, Description = null, AmountYuan = "100" },
            new BudgetRow { Category = (BudgetCategory)55, Description = "未知", AmountYuan = "100" },
        ];

        var result = Validate(form);

        AssertError(result, "BudgetLines[0].Category", "请选择预算科目。");
        AssertError(result, "BudgetLines[1].Description", "请填写预算用途说明。");
        AssertError(result, "BudgetLines[2].Category", "请选择有效的预算科目。");
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void Blank_rows_are_ignored()
    {
        var form = ValidForm();
        form.Partners.Add(new PartnerRow { Kind = PartnerKind.VolunteerTeam });       // only the select has a value
        form.Activities.Add(new ActivityRow { OutputType = OutputType.Casework });
        form.BudgetLines.Add(new BudgetRow { Category = BudgetCategory.Other, Description = " " });

        Assert.True(Validate(form).IsValid);
        var content = form.ToContent();
        Assert.Single(content.Partners);
        Assert.Single(content.Activities);
        Assert.Equal(2, content.BudgetLines.Count);
    }

    /// <summary>Row errors must point at the row in the form, also when a blank row sits above it.</summary>
    [Fact]
    public void A_row_error_points_at_the_row_in_the_form_even_after_a_blank_row()
    {
        var form = ValidForm();
        form.BudgetLines.Insert(0, new BudgetRow());                  // blank row at index 0
        form.BudgetLines[2].AmountYuan = "abc";                       // 餐费补贴, now at index 2

        AssertError(Validate(form), "BudgetLines[2].AmountYuan", "预算金额应为大于0的数字（元，最多两位小数）。");
    }

    [Fact]
    public void Fill_then_validate_round_trips_an_application()
    {
        var a = Build.DraftApplication(Build.OpenSolicitation());
        var form = new CreateApplicationCommand { ClientRequestId = Guid.NewGuid() };

        form.Fill(a);

        Assert.Equal("120000.00", form.BudgetLines[0].AmountYuan);
        Assert.True(Validate(form).IsValid);
        Assert.Equal(a.RequestedAmount, form.ToContent().RequestedAmount);
        Assert.Equal(a.CurrentContent().Activities, form.ToContent().Activities);
    }
}
