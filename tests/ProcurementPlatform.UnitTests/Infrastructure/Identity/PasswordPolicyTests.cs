using ProcurementPlatform.Infrastructure.Identity;
using ProcurementPlatform.UnitTests.Support;

namespace ProcurementPlatform.UnitTests.Infrastructure.Identity;

/// <summary>等保三级: passwords use at least three of upper, lower, digit and symbol.</summary>
public class PasswordPolicyTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("        ", 0)]
    [InlineData("abcdefgh", 1)]
    [InlineData("ABCDEFGH", 1)]
    [InlineData("12345678", 1)]
    [InlineData("!@#$%^&*", 1)]
    [InlineData("abcdEFGH", 2)]
    [InlineData("abcd1234", 2)]
    [InlineData("ABCD!@#$", 2)]
    [InlineData("abcd 1234", 2)]     // a space is not a symbol
    [InlineData("Abcd1234", 3)]
    [InlineData("abcd123!", 3)]
    [InlineData("ABCD123_", 3)]
    [InlineData("Abcdefg!", 3)]
    [InlineData("Abcd123!", 4)]
    [InlineData("P@ssw0rd", 4)]
    public void CountClasses(string password, int expected)
    {
        Assert.Equal(expected, CharacterClassesPasswordValidator.CountClasses(password));
    }

    [Fact]
    public void At_least_three_classes_are_required()
    {
        Assert.Equal(3, CharacterClassesPasswordValidator.MinimumClasses);
    }

    [Theory]
    [InlineData("Abcd1234")]
    [InlineData("abcd123!")]
    [InlineData("P@ssw0rd")]
    public async Task Passwords_with_three_or_more_classes_pass(string password)
    {
        var result = await new CharacterClassesPasswordValidator().ValidateAsync(null!, new ApplicationUser(), password);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abcdefgh")]
    [InlineData("abcd1234")]
    [InlineData("ABCDefgh")]
    [InlineData("1234!@#$")]
    public async Task Passwords_with_fewer_than_three_classes_fail_in_chinese(string password)
    {
        var result = await new CharacterClassesPasswordValidator().ValidateAsync(null!, new ApplicationUser(), password);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("PasswordClasses", error.Code);
        ChineseText.AssertChinese(error.Description);
        Assert.Contains("至少三类", error.Description);
    }

    [Fact]
    public async Task A_null_password_fails_without_throwing()
    {
        var result = await new CharacterClassesPasswordValidator().ValidateAsync(null!, new ApplicationUser(), null);

        Assert.False(result.Succeeded);
        Assert.Equal("PasswordClasses", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Identity_messages_are_chinese()
    {
        var describer = new ChineseIdentityErrorDescriber();

        Assert.Equal("密码长度至少为8位。", describer.PasswordTooShort(8).Description);
        Assert.Contains("系统管理员", describer.UserAlreadyInRole("SystemAdmin").Description);
        foreach (var error in new[]
                 {
                     describer.PasswordRequiresDigit(), describer.PasswordRequiresLower(), describer.PasswordRequiresUpper(),
                     describer.PasswordRequiresNonAlphanumeric(), describer.PasswordMismatch(), describer.DuplicateUserName("ngo"),
                     describer.DuplicateEmail("a@b.cn"), describer.InvalidEmail("x"), describer.InvalidUserName("x"),
                     describer.ConcurrencyFailure(), describer.DefaultError(),
                 })
        {
            ChineseText.AssertChinese(error.Description);
        }
    }
}
