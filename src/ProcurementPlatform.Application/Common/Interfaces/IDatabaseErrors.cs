using Microsoft.EntityFrameworkCore;

namespace ProcurementPlatform.Application.Common.Interfaces;

/// <summary>Provider-specific reading of database errors.</summary>
public interface IDatabaseErrors
{
    /// <summary>
    /// True when a save broke a unique index — e.g. two simultaneous requests creating the same thing;
    /// the loser is told to refresh instead of seeing an error page.
    /// </summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
