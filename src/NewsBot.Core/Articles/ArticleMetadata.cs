namespace NewsBot.Core.Articles;

/// <summary>What a page says about itself; every value may be unknown.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }
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
