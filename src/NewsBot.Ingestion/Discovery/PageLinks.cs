namespace NewsBot.Ingestion.Discovery;

/// <summary>What a page says about its feeds: autodiscovery links, links to XML in its body, and platform hints.</summary>
/// <param name="Canonical">The page's canonical address, which names a YouTube channel where the page's own may not.</param>
internal sealed record PageLinks(IReadOnlyList<FeedCandidate> Alternates, IReadOnlyList<FeedCandidate> Anchors, string? Generator, Uri? Canonical)
{
    public static PageLinks None { get; } = new([], [], null, null);
}
