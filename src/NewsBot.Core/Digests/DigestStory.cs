using NewsBot.Core.Quotes;

namespace NewsBot.Core.Digests;

/// <summary>One story of a digest: what it is, who published it, and its key quotes or sentences.</summary>
public sealed record DigestStory(string Title, string? Url, string? Source, DateTimeOffset? Published, QuoteAnalysis Analysis)
{
    /// <summary>True when only a teaser or the feed's summary could be read.</summary>
    public bool FromExcerpt { get; init; }

    /// <summary>Who wrote it, as the page says; null when unknown.</summary>
    public string? Byline { get; init; }

    /// <summary>The page's lead image (an absolute URL), shown as a thumbnail; null when it has none.</summary>
    public string? Image { get; init; }
}
