namespace NewsBot.Core.Storage;

/// <summary>
/// What makes a feed item "seen": its identity within its feed, and the canonical URL of the article it points to.
/// Either one seen before means the item is not new (a re-dated item keeps its id; a re-published one keeps its URL).
/// </summary>
public sealed record ArticleIdentity(string FeedUrl, string ItemId, string CanonicalUrl);
