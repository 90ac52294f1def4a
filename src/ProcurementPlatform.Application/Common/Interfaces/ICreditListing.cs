namespace ProcurementPlatform.Application.Common.Interfaces;

/// <summary>
/// The credit lists (红黑榜) as the application pipeline asks them: is this organisation
/// black-listed now? The credit-list feature provides the real entries; until it exists the
/// platform registers <c>NoCreditListingsYet</c>, which lists nobody.
/// </summary>
public interface ICreditListing
{
    /// <summary>A description of the black-list entry that bars the organisation, or null.</summary>
    Task<string?> FindBlockingEntryAsync(Guid organizationId, DateTime nowUtc, CancellationToken cancellationToken);
}

public sealed class NoCreditListingsYet : ICreditListing
{
    public Task<string?> FindBlockingEntryAsync(Guid organizationId, DateTime nowUtc, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
