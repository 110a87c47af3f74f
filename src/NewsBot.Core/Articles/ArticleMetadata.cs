namespace NewsBot.Core.Articles;

/// <summary>What a page says about itself; every value may be unknown.</summary>
public sealed record ArticleMetadata
{
    /// <summary>The document's title as the page declares it (JSON-LD headline, og:title, &lt;title&gt; without the site name).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The headline readers see on the page (its first &lt;h1&gt;) when it names the same thing as <see cref="Title"/>,
    /// else the title's first part before a separator: shops and service pages word their title tags for search engines
    /// (a slogan or their name after " | ") and their heading for people. Null when neither differs from the title.
    /// </summary>
    public string? Headline { get; init; }

    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? SiteName { get; init; }
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Image { get; init; }
    public string? Excerpt { get; init; }

    public static ArticleMetadata Empty { get; } = new();
}
