using System.Reflection;
using ProcurementPlatform.Application.Common.Security;

namespace ProcurementPlatform.UnitTests.Application;

/// <summary>Requests that only the platform may send (imports of evaluation grades, sweeps, finalisation) admit no person.</summary>
public sealed class SystemOnlyAuthorizationTests
{
    [Theory]
    [InlineData(typeof(ProcurementPlatform.Application.Credit.ImportEvaluationCreditCommand))]
    [InlineData(typeof(ProcurementPlatform.Application.Credit.RecomputeCreditListsCommand))]
    [InlineData(typeof(ProcurementPlatform.Application.Projects.Funds.RefreshFundAlertsCommand))]
    [InlineData(typeof(ProcurementPlatform.Application.Awards.FinaliseAwardNoticeCommand))]
    public void Platform_only_requests_are_marked_system_only(Type request)
    {
        var attribute = Assert.Single(request.GetCustomAttributes<AuthorizeAttribute>());
        Assert.True(attribute.SystemOnly);
        Assert.Empty(attribute.Roles);
    }
}
