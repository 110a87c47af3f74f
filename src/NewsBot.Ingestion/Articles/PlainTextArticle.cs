using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Articles;

/// <summary>Plain text as an article: paragraphs are separated by blank lines; lines inside a paragraph are joined.</summary>
public static class PlainTextArticle
{
    public static ExtractedArticle From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = text.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(JoinLines)
            .Where(p => p.Length > 0);
        return new ExtractedArticle(string.Join("\n\n", paragraphs), ArticleMetadata.Empty);
    }

    private static string JoinLines(string paragraph)
    {
        var builder = new StringBuilder(paragraph.Length);
        foreach (var line in paragraph.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
                builder.Append(' ');
            builder.Append(line);
        }
        return builder.ToString();
    }
}
