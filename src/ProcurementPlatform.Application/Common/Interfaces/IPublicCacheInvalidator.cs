namespace ProcurementPlatform.Application.Common.Interfaces;

/// <summary>
/// Port to the cache of public pages (implemented by the web layer). Told, after a commit, which public datasets
/// (<see cref="Caching.PublicDatasets"/>) changed, so every cached page showing them is dropped.
/// </summary>
public interface IPublicCacheInvalidator
{
    ValueTask InvalidateAsync(IReadOnlyCollection<string> datasets, CancellationToken cancellationToken);
}
