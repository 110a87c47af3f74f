namespace NewsBot.Ingestion.Discovery;

/// <summary>A feed (or news sitemap) found for a page: what a moderator needs to choose between several.</summary>
/// <param name="Kind"><c>rss</c>, <c>atom</c>, <c>rdf</c>, <c>json-feed</c> or <c>news-sitemap</c>.</param>
/// <param name="IsComments">A comments feed, ranked after the others: it is rarely what a digest wants.</param>
public sealed record DiscoveredFeed(Uri Url, string Kind, string? Title, int ItemCount, DateTimeOffset? Newest, bool IsComments = false);
