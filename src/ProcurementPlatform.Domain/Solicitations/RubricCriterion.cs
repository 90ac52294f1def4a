namespace ProcurementPlatform.Domain.Solicitations;

/// <summary>One criterion of a call's scoring rubric (评分标准); the weights of a rubric sum to 100.</summary>
public class RubricCriterion
{
    private RubricCriterion() { }

    public RubricCriterion(int order, string name, int weight, string? description)
    {
        Order = order;
        Name = name.Trim();
        Weight = weight;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    public int Id { get; private set; }
    public int Order { get; private set; }
    public string Name { get; private set; } = "";
    public int Weight { get; private set; }
    public string? Description { get; private set; }
}
