using Mediator;
using Microsoft.EntityFrameworkCore;
using ProcurementPlatform.Application.Common.Interfaces;

namespace ProcurementPlatform.Application.Departments.Queries;

public sealed record DepartmentItem(Guid Id, string Name, string Code);

public sealed record ListDepartmentsQuery : IQuery<IReadOnlyList<DepartmentItem>>;

public sealed class ListDepartmentsQueryHandler(IApplicationDbContext db) : IQueryHandler<ListDepartmentsQuery, IReadOnlyList<DepartmentItem>>
{
    public async ValueTask<IReadOnlyList<DepartmentItem>> Handle(ListDepartmentsQuery query, CancellationToken cancellationToken) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new DepartmentItem(d.Id, d.Name, d.Code)).ToListAsync(cancellationToken);
}
