using ProcurementPlatform.Domain.Applications;
using ProcurementPlatform.Domain.Auditing;
using ProcurementPlatform.Domain.Awards;
using ProcurementPlatform.Domain.Credit;
using ProcurementPlatform.Domain.Departments;
using ProcurementPlatform.Domain.Files;
using ProcurementPlatform.Domain.Notifications;
using ProcurementPlatform.Domain.Organizations;
using ProcurementPlatform.Domain.Plans;
using ProcurementPlatform.Domain.Projects;
using ProcurementPlatform.Domain.Questions;
using ProcurementPlatform.Domain.Reviews;
using ProcurementPlatform.Domain.Solicitations;

namespace ProcurementPlatform.Application.Common.Caching;

/// <summary>
/// The public datasets a cached page can show, and which stored records feed each one. A change to a record
/// invalidates every dataset it may appear in. Records the public never sees map to nothing (an audit entry is
/// written by every command: mapping it would empty the cache on every click). A record type not listed here
/// invalidates everything, so a new entity is never silently served stale; list it once you know where it shows.
/// </summary>
public static class PublicDatasets
{
    public const string Calls = "calls";
    public const string Notices = "notices";
    public const string Credit = "credit";
    public const string Projects = "projects";
    public const string Plans = "plans";
    public const string Policies = "policies";

    public static readonly IReadOnlyList<string> All = [Calls, Notices, Credit, Projects, Plans, Policies];

    private static readonly Dictionary<Type, string[]> Feeds = new()
    {
        [typeof(Department)] = [Calls, Notices, Credit, Projects, Plans],
        [typeof(Organization)] = [Notices, Credit, Projects],
        [typeof(Solicitation)] = [Calls, Plans, Notices, Projects],
        [typeof(CallQuestion)] = [Calls],
        [typeof(ReleasePlan)] = [Plans, Calls],
        [typeof(ProjectApplication)] = [Calls, Notices, Projects],
        [typeof(ReviewSession)] = [Notices],
        [typeof(ReviewSheet)] = [Notices],
        [typeof(AwardNotice)] = [Notices, Projects, Calls],
        [typeof(Objection)] = [Notices],
        [typeof(Project)] = [Projects, Notices],
        [typeof(ProgressReport)] = [Projects],
        [typeof(Disbursement)] = [Projects],
        [typeof(FundAlert)] = [Projects],
        [typeof(Evaluation)] = [Projects, Notices],
        [typeof(CreditEvent)] = [Credit],
        [typeof(CreditEntry)] = [Credit],
        [typeof(CreditRequest)] = [Credit],
        [typeof(Domain.Portal.ProjectComment)] = [Projects],
        [typeof(Domain.Portal.Policy)] = [Policies],
    };

    private static readonly HashSet<Type> NeverPublic =
    [
        typeof(AuditEntry), typeof(Notification), typeof(OutboxMail), typeof(NotificationPreference), typeof(AlertSubscription),
        typeof(DuplicateFlag), typeof(ExpertProfile), typeof(StoredFile),
    ];

    /// <summary>The datasets a change to a record of this type (an aggregate or entity of the domain) may show in.</summary>
    public static IReadOnlyList<string> FedBy(Type recordType) =>
        Feeds.TryGetValue(recordType, out var datasets) ? datasets
        : NeverPublic.Contains(recordType) ? []
        : All;
}
