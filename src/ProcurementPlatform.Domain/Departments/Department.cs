using ProcurementPlatform.Domain.Common;

namespace ProcurementPlatform.Domain.Departments;

/// <summary>购买主体: a government department or street social-work station that buys services.</summary>
public class Department : AggregateRoot
{
    private Department() { }

    public Department(string name, string code)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("部门名称不能为空。");
        Name = name.Trim();
        Code = code.Trim();
    }

    public string Name { get; private set; } = "";

    /// <summary>A short stable code, e.g. "MZJ" for 区民政局.</summary>
    public string Code { get; private set; } = "";
}
