namespace NewsBot.Ingestion.Catalog;

/// <summary>What fetching one catalogue source found.</summary>
/// <param name="Status">ok, moved (read fine at another address), gone (404 or 410), not a feed, or failed.</param>
/// <param name="Items">Items, entries, or child sitemaps of an index; 0 when it could not be read.</param>
/// <param name="Detail">The address it moved to, or why it failed; null when there is nothing to say.</param>
public sealed record SourceCheck(CatalogOutlet Outlet, string Status, int Items, DateTimeOffset? Newest, string? Detail);
