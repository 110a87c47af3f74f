using NewsBot.Core.Articles;

namespace NewsBot.Output;

/// <summary>An extracted article as a person reads it in a terminal: a header, then the main text.</summary>
internal static class ExtractedArticleTextRenderer
{
    public static void Write(TextWriter output, ExtractedArticle article)
    {
        TextRendering.WriteArticleHeader(output, article, article.Metadata.Language);
        if (article.EmptyReason is { } empty)
            output.WriteLine($"(no main text: {empty})");
        else if (article.IsPartial)
            output.WriteLine($"(partial: {article.PartialReason ?? "only a teaser"})");
        output.WriteLine();
        output.WriteLine(article.Text);
    }
}
