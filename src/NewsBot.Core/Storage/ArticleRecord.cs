namespace NewsBot.Core.Storage;

/// <summary>An article as handed to the store; the store stamps when it was first seen and hashes the text.</summary>
public sealed record ArticleRecord
{
    public required ArticleIdentity Identity { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<StoredQuote> Quotes { get; init; } = [];
    public IReadOnlyList<string> KeySentences { get; init; } = [];
    /// <summary>True when only the feed summary could be read, not the full page.</summary>
    public bool IsPartial { get; init; }

    /// <summary>Two-letter language code of the page, when known.</summary>
    public string? Language { get; init; }

    public string? Byline { get; init; }

    /// <summary>The page's lead image, an absolute URL.</summary>
    public string? Image { get; init; }

    /// <summary>
    /// Stored from a feed's first poll but older than the backfill window: searchable, never delivered in a digest.
    /// </summary>
    public bool IsBackfill { get; init; }
}
