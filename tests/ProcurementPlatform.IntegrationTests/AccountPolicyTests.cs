using System.Net;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Password age (等保: changed at least every 90 days) and the Identity pages that are not offered.</summary>
public sealed class AccountPolicyTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _app;

    public AccountPolicyTests(PlatformFactory app) => _app = app;

    [Fact]
    public async Task Stock_identity_self_service_pages_are_not_offered()
    {
        var client = await _app.SignedInAsync(TestData.Reviewer);
        var manage = await client.GetAsync("/Identity/Account/Manage/PersonalData");
        Assert.Equal("/account/password", manage.Headers.Location?.OriginalString);
        var forgot = await _app.Browser().GetAsync("/Identity/Account/ForgotPassword");
        Assert.Equal("/Identity/Account/Login", forgot.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/password")).StatusCode);
    }

    [Fact]
    public async Task After_ninety_days_a_user_must_change_the_password_before_anything_else()
    {
        await _app.Browser().GetAsync("/health"); // the app (and its demo accounts) exist before time moves on
        _app.Clock.Advance(TimeSpan.FromDays(91));
        var client = await _app.SignedInAsync(TestData.Evaluator);
        var home = await client.GetAsync("/");
        Assert.Equal("/account/password?expired=true", home.Headers.Location?.OriginalString);

        var wrong = await client.PostFormAsync("/account/password", new() { ["Data.CurrentPassword"] = "Nope#2026", ["Data.NewPassword"] = "Fresh#2027", ["Data.ConfirmPassword"] = "Fresh#2027" });
        Assert.Contains("当前密码不正确", await wrong.Content.ReadAsStringAsync());
        var weak = await client.PostFormAsync("/account/password", new() { ["Data.CurrentPassword"] = PlatformFactory.Password, ["Data.NewPassword"] = "weakweak", ["Data.ConfirmPassword"] = "weakweak" });
        Assert.Contains("至少三类", await weak.Content.ReadAsStringAsync());

        var changed = await client.PostFormAsync("/account/password", new() { ["Data.CurrentPassword"] = PlatformFactory.Password, ["Data.NewPassword"] = "Fresh#2027", ["Data.ConfirmPassword"] = "Fresh#2027" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var again = _app.Browser(followRedirects: true);
        var login = await again.PostFormAsync("/Identity/Account/Login", new() { ["Input.UserName"] = TestData.Evaluator, ["Input.Password"] = "Fresh#2027" });
        Assert.DoesNotContain("账号或密码不正确", await login.Content.ReadAsStringAsync());
    }
}
