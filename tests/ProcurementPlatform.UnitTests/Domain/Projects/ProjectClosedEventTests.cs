using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.UnitTests.Domain.Projects;

/// <summary>The final evaluation's result closes the project and raises the event the credit rules consume.</summary>
public sealed class ProjectClosedEventTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Closing_raises_grade_organisation_project_and_date_once()
    {
        var organization = Guid.NewGuid();
        var project = new Project(Guid.NewGuid(), Guid.NewGuid(), organization, Guid.NewGuid(), "社区营造项目", Money.FromYuan(100_000), Now);
        project.Sign(new ContractTerms("金马社区", Money.FromYuan(100_000), new DateOnly(2026, 12, 1), new DateOnly(2027, 9, 30), false, ReportingFrequency.Quarterly,
            [new(100, TrancheTrigger.Signing, null)], [new(BudgetCategory.Activities, "活动经费", Money.FromYuan(100_000), FundSource.CharityFund)]), "officer", Now);
        project.ClearDomainEvents();
        project.StartIfContracted();
        project.Complete(Now);
        project.MarkEvaluated();
        var evaluation = Guid.NewGuid();

        project.Close(evaluation, EvaluationGrade.Good, 84.5m, Now.AddDays(10));

        var closed = Assert.IsType<ProjectClosed>(Assert.Single(project.DomainEvents));
        Assert.Equal((project.Id, organization, evaluation, EvaluationGrade.Good, 84.5m, Now.AddDays(10)),
            (closed.ProjectId, closed.OrganizationId, closed.EvaluationId, closed.Grade, closed.Score, closed.ClosedAt));
        Assert.Equal(ProjectStatus.Closed, project.Status);
        Assert.Throws<DomainException>(() => project.Close(evaluation, EvaluationGrade.Good, 84.5m, Now.AddDays(11)));
    }
}
