using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Articles;

/// <summary>
/// Plain text as an article: paragraphs are separated by blank lines; lines inside a paragraph are joined when they are
/// wrapped, and stand as paragraphs of their own when the text gives one paragraph per line (<see cref="LineParagraphs"/>).
/// </summary>
public static class PlainTextArticle
{
    /// <summary>Longer than this, a first line is a paragraph of the body rather than a headline.</summary>
    private const int MaxTitleLength = 200;

    public static ExtractedArticle From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = Paragraphs(text).SelectMany(LineParagraphs.Split).Where(p => p.Length > 0);
        return new ExtractedArticle(string.Join("\n\n", paragraphs), ArticleMetadata.Empty);
    }

    /// <summary>
    /// A text file as people write one: its first line, standing alone before a blank line, is the title (the text keeps
    /// it, so quote offsets are those of the whole file's paragraphs).
    /// </summary>
    public static ExtractedArticle FromFile(string text)
    {
        var article = From(text);
        var first = Paragraphs(text).FirstOrDefault();
        return first is { Length: > 0 and <= MaxTitleLength } && !first.Contains('\n', StringComparison.Ordinal)
            ? article with { Metadata = article.Metadata with { Title = first } }
            : article;
    }

    private static string[] Paragraphs(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
