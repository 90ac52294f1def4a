using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Solicitations;

/// <summary>
/// A change to a published call's terms (budget, deadline, eligibility, rubric), made only as an
/// amendment: recorded with its reason and shown on the call page as a dated notice.
/// </summary>
public class SolicitationAmendment
{
    private SolicitationAmendment() { }

    internal SolicitationAmendment(DateTime at, string amendedBy, string reason, string changes, DateTime previousClosesAt, DateTime closesAt)
    {
        At = at;
        AmendedBy = amendedBy;
        Reason = reason;
        Changes = changes;
        PreviousClosesAt = previousClosesAt;
        ClosesAt = closesAt;
    }

    public int Id { get; private set; }
    public DateTime At { get; private set; }
    public string AmendedBy { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public string Changes { get; private set; } = "";
    public DateTime PreviousClosesAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
}

/// <summary>What an amendment changes; null leaves a term as it is.</summary>
public sealed record TermsChange(
    Money? ProjectCeiling = null,
    Money? TotalBudget = null,
    int? ProjectCount = null,
    DateTime? ClosesAtUtc = null,
    string? Eligibility = null,
    IReadOnlyList<RubricItem>? Rubric = null);

public sealed record SolicitationAmended(Guid SolicitationId, DateTime ClosesAtUtc) : IDomainEvent;
