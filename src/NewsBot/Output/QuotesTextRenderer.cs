using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Output;

/// <summary>The key quotes of one article as a person reads them in a terminal.</summary>
internal static class QuotesTextRenderer
{
    public static void Write(TextWriter output, ExtractedArticle article, QuoteAnalysis analysis)
    {
        TextRendering.WriteArticleHeader(output, article);
        output.WriteLine();
        TextRendering.WriteHighlights(output, analysis, string.Empty);
        var others = analysis.Quotes.Count - analysis.KeyQuotes.Count();
        if (others > 0)
            output.WriteLine($"({others} more {(others == 1 ? "quotation" : "quotations")} in the article; --json lists all)");
    }
}
