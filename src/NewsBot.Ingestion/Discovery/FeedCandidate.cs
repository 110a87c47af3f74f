namespace NewsBot.Ingestion.Discovery;

/// <summary>An address that may be a feed, where discovery got it, and whether the page called it a comments feed.</summary>
internal sealed record FeedCandidate(Uri Url, string Via, bool IsComments = false);
