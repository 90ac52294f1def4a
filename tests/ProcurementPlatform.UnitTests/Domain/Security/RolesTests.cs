using ProcurementPlatform.Domain.Security;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Domain.Security;

/// <summary>三员分立: system, security and audit administration are held by three different accounts.</summary>
public class RolesTests
{
    public static TheoryData<string, string> AdminPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var held in new[] { Roles.SystemAdmin, Roles.SecurityAdmin, Roles.AuditAdmin })
            foreach (var added in new[] { Roles.SystemAdmin, Roles.SecurityAdmin, Roles.AuditAdmin })
                data.Add(held, added);
        return data;
    }

    [Theory]
    [MemberData(nameof(AdminPairs))]
    public void Two_different_administrator_duties_never_go_to_one_account(string held, string added)
    {
        var violation = Roles.SeparationOfDutiesViolation([held], added);

        if (held == added)
        {
            Assert.Null(violation); // holding the same duty again is not a second duty
        }
        else
        {
            Assert.NotNull(violation);
            Assert.StartsWith("三员分立", violation);
            Assert.Contains(Roles.ToChinese(held), violation);
            Assert.Contains(Roles.ToChinese(added), violation);
        }
    }

    [Theory]
    [InlineData(Roles.SystemAdmin, "系统管理员")]
    [InlineData(Roles.SecurityAdmin, "安全管理员")]
    [InlineData(Roles.AuditAdmin, "审计管理员")]
    public void The_message_names_the_duty_already_held(string held, string heldChinese)
    {
        var added = held == Roles.AuditAdmin ? Roles.SystemAdmin : Roles.AuditAdmin;

        var violation = Roles.SeparationOfDutiesViolation([Roles.DepartmentOfficer, held], added);

        Assert.Equal($"三员分立：该账号已是{heldChinese}，不能再兼任{Roles.ToChinese(added)}。", violation);
    }

    [Theory]
    [InlineData(Roles.DepartmentOfficer)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.Supervisor)]
    public void Ordinary_roles_may_be_added_to_an_administrator(string ordinary)
    {
        foreach (var admin in Roles.AdministratorDuties)
            Assert.Null(Roles.SeparationOfDutiesViolation([admin], ordinary));
    }

    [Theory]
    [InlineData(Roles.SystemAdmin)]
    [InlineData(Roles.DepartmentOfficer)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.Supervisor)]
    public void An_organisation_account_holds_no_staff_role_either_way_round(string staff)
    {
        Assert.Contains("社会组织账号", Roles.SeparationOfDutiesViolation([Roles.OrganizationUser], staff));
        Assert.Contains("社会组织账号", Roles.SeparationOfDutiesViolation([staff], Roles.OrganizationUser));
        Assert.Null(Roles.SeparationOfDutiesViolation([], Roles.OrganizationUser));
    }

    [Theory]
    [InlineData(Roles.SystemAdmin)]
    [InlineData(Roles.SecurityAdmin)]
    [InlineData(Roles.AuditAdmin)]
    public void An_administrator_duty_may_be_given_to_an_account_without_one(string admin)
    {
        Assert.Null(Roles.SeparationOfDutiesViolation([], admin));
        Assert.Null(Roles.SeparationOfDutiesViolation([Roles.DepartmentOfficer, Roles.Reviewer], admin));
    }

    [Fact]
    public void A_third_duty_is_refused_when_two_are_already_held()
    {
        Assert.NotNull(Roles.SeparationOfDutiesViolation([Roles.SystemAdmin, Roles.SecurityAdmin], Roles.AuditAdmin));
        Assert.NotNull(Roles.SeparationOfDutiesViolation([Roles.SystemAdmin, Roles.SecurityAdmin], Roles.SystemAdmin));
    }

    [Fact]
    public void Every_role_has_a_chinese_name()
    {
        Assert.Equal(8, Roles.All.Count);
        Assert.Equal(Roles.All.Count, Roles.All.Distinct().Count());
        foreach (var role in Roles.All)
        {
            ChineseText.AssertChinese(Roles.ToChinese(role));
            Assert.NotEqual(role, Roles.ToChinese(role));
        }
        Assert.Equal("Unknown", Roles.ToChinese("Unknown"));
    }

    [Fact]
    public void The_three_administrator_duties()
    {
        Assert.Equal([Roles.SystemAdmin, Roles.SecurityAdmin, Roles.AuditAdmin], Roles.AdministratorDuties);
        Assert.All(Roles.AdministratorDuties, d => Assert.Contains(d, Roles.All));
    }
}
