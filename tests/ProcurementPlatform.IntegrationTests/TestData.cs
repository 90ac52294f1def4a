using ProcurementPlatform.Application.Applications;
using ProcurementPlatform.Application.Applications.Commands;
using ProcurementPlatform.Application.Solicitations;
using ProcurementPlatform.Application.Solicitations.Commands;
using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Common;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.IntegrationTests;

/// <summary>Valid forms to start from; tests change what they are about.</summary>
public static class TestData
{
    public const string Officer = "mzj@demo.gov.cn";
    public const string OtherOfficer = "tqw@demo.gov.cn";
    public const string Ngo = "xinqiao@demo.org.cn";
    public const string OtherNgo = "yangguang@demo.org.cn";
    public const string ThirdNgo = "tongxin@demo.org.cn";
    public const string PendingNgo = "linli@demo.org.cn";
    public const string Supervisor = "supervisor@demo.gov.cn";
    public const string SystemAdmin = "sysadmin@demo.gov.cn";
    public const string SecurityAdmin = "secadmin@demo.gov.cn";
    public const string AuditAdmin = "auditadmin@demo.gov.cn";
    public const string Reviewer = "reviewer@demo.gov.cn";
    public const string Evaluator = "evaluator@demo.org.cn";

    public static CreateSolicitationCommand Call(DateTime nowUtc, TimeSpan? closesIn = null, string? title = null)
    {
        var closes = nowUtc + (closesIn ?? TimeSpan.FromDays(10));
        return new CreateSolicitationCommand
        {
            Title = title ?? "测试项目征集 " + Guid.NewGuid().ToString("N")[..6],
            Summary = "为辖区困境儿童提供社会工作服务。",
            ServiceField = ServiceField.ChildCare,
            TargetGroups = "困境儿童",
            FundSource = FundSource.FiscalBudget,
            ProjectCeilingYuan = "100000",
            TotalBudgetYuan = "300000",
            ProjectCount = 3,
            Eligibility = "依法登记的社会组织。",
            OpensAt = ChinaTime.ToCst(nowUtc.AddHours(-1)),
            ClosesAt = ChinaTime.ToCst(closes),
            RoadshowAt = ChinaTime.ToCst(closes.AddDays(5)),
            ContactInfo = "张老师 0871-63123456",
            Rubric =
            [
                new RubricRow { Name = "需求分析", Weight = 30 },
                new RubricRow { Name = "服务方案", Weight = 40 },
                new RubricRow { Name = "团队能力", Weight = 30 },
            ],
        };
    }

    public static CreateApplicationCommand Application(Guid solicitationId, string amountYuan = "90000", Guid? requestId = null)
    {
        var command = new CreateApplicationCommand { SolicitationId = solicitationId, ClientRequestId = requestId ?? Guid.NewGuid() };
        Fill(command, amountYuan);
        return command;
    }

    public static void Fill(ApplicationForm form, string amountYuan = "90000")
    {
        form.Title = "困境儿童关爱项目 " + Guid.NewGuid().ToString("N")[..6];
        form.Summary = "面向困境儿童开展个案与小组服务。";
        form.Objectives = "建立档案，提升支持网络。";
        form.Community = "关上街道金马社区";
        form.SocialWorkerName = "张晓红";
        form.Location = "金马社区";
        form.PeriodStart = new DateOnly(2027, 1, 1);
        form.PeriodEnd = new DateOnly(2027, 12, 31);
        form.Partners = [new PartnerRow { Kind = PartnerKind.VolunteerTeam, Name = "金马社区志愿服务队", Role = "入户探访" }];
        form.Activities = [new ActivityRow { Name = "个案管理", OutputType = OutputType.Casework, Quantity = 20, Beneficiaries = 20 }];
        form.BudgetLines = [new BudgetRow { Category = BudgetCategory.Activities, Description = "活动经费", AmountYuan = amountYuan }];
    }

    /// <summary>Form fields of a valid call as the create page posts them.</summary>
    public static Dictionary<string, string> CallFormFields(DateTime nowUtc, string title)
    {
        var c = Call(nowUtc, title: title);
        var fields = new Dictionary<string, string>
        {
            ["Data.Title"] = c.Title!,
            ["Data.Summary"] = c.Summary!,
            ["Data.ServiceField"] = c.ServiceField!.ToString()!,
            ["Data.TargetGroups"] = c.TargetGroups!,
            ["Data.FundSource"] = c.FundSource!.ToString()!,
            ["Data.ProjectCeilingYuan"] = c.ProjectCeilingYuan!,
            ["Data.TotalBudgetYuan"] = c.TotalBudgetYuan!,
            ["Data.ProjectCount"] = "3",
            ["Data.Eligibility"] = c.Eligibility!,
            ["Data.OpensAt"] = c.OpensAt!.Value.ToString("yyyy-MM-ddTHH:mm"),
            ["Data.ClosesAt"] = c.ClosesAt!.Value.ToString("yyyy-MM-ddTHH:mm"),
            ["Data.RoadshowAt"] = c.RoadshowAt!.Value.ToString("yyyy-MM-ddTHH:mm"),
            ["Data.ContactInfo"] = c.ContactInfo!,
        };
        for (var i = 0; i < c.Rubric.Count; i++)
        {
            fields[$"Data.Rubric[{i}].Name"] = c.Rubric[i].Name!;
            fields[$"Data.Rubric[{i}].Weight"] = c.Rubric[i].Weight!.Value.ToString();
        }
        return fields;
    }
}
