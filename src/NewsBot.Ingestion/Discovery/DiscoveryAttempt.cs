namespace NewsBot.Ingestion.Discovery;

/// <summary>One address discovery fetched (or chose not to), where it came from and what it turned out to be.</summary>
/// <param name="Via">Where the address came from: <c>page</c>, <c>alternate link</c>, <c>page link</c>, <c>pattern</c>, <c>robots.txt</c>, <c>sitemap index</c>.</param>
/// <param name="Outcome">What was found there, in a few words (<c>rss feed, 12 items</c>, <c>HTTP 404</c>, <c>not a feed</c>).</param>
public sealed record DiscoveryAttempt(Uri Url, string Via, string Outcome);
