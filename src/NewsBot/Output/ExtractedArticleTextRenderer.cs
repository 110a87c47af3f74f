using NewsBot.Core.Articles;

namespace NewsBot.Output;

/// <summary>An extracted article as a person reads it in a terminal: a header, then the main text.</summary>
internal static class ExtractedArticleTextRenderer
{
    public static void Write(TextWriter output, ExtractedArticle article)
    {
        var meta = article.Metadata;
        output.WriteLine(meta.Title ?? "(untitled)");
        var details = new[] { meta.SiteName, meta.Byline, meta.Published is null ? null : TextRendering.Time(meta.Published), meta.Language }
            .Where(d => !string.IsNullOrWhiteSpace(d));
        var line = string.Join(" · ", details);
        if (line.Length > 0)
            output.WriteLine(line);
        if (article.Url is not null)
            output.WriteLine(article.Url);
        if (article.EmptyReason is { } empty)
            output.WriteLine($"(no main text: {empty})");
        else if (article.IsPartial)
            output.WriteLine($"(partial: {article.PartialReason ?? "only a teaser"})");
        output.WriteLine();
        output.WriteLine(article.Text);
    }
}
