namespace NewsBot.Core.Articles;

/// <summary>
/// The main text of a page (blocks separated by a blank line) and its metadata.
/// Quote offsets index <see cref="Text"/>, so it is never rewritten after extraction.
/// </summary>
public sealed record ExtractedArticle(string Text, ArticleMetadata Metadata)
{
    /// <summary>The address the page was read from, when it came from the web or a file.</summary>
    public string? Url { get; init; }

    /// <summary>True when the page held only a teaser (paywall, truncated body).</summary>
    public bool IsPartial { get; init; }

    /// <summary>Why the article is partial (for example "paywall markers and a 600-character body"); null when whole.</summary>
    public string? PartialReason { get; init; }

    /// <summary>Which of the extractor's candidates the text came from (for example "dom", "json-ld"); null when none.</summary>
    public string? TextSource { get; init; }

    /// <summary>Why no main text was found (for example "no body", "script-only page"); null when there is text.</summary>
    public string? EmptyReason { get; init; }

    /// <summary>The kind of page the text came from: forum threads keep every post, listings their items.</summary>
    public PageType PageType { get; init; } = PageType.Article;
}
