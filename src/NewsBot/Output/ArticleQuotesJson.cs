using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Output;

/// <summary>The stable JSON contract of <c>quotes --json</c>.</summary>
internal sealed record ArticleQuotesJson(
    string? Title,
    string? Url,
    string? Byline,
    DateTimeOffset? Published,
    string? SiteName,
    string? Language,
    DateTimeOffset? Modified,
    string? Image,
    IReadOnlyList<QuoteJson> Quotes,
    IReadOnlyList<string> KeySentences)
{
    public static ArticleQuotesJson From(ExtractedArticle article, QuoteAnalysis analysis)
    {
        var meta = article.Metadata;
        return new(meta.Title, article.Url, meta.Byline, meta.Published, meta.SiteName, meta.Language, meta.Modified, meta.Image,
            analysis.Quotes.Select(QuoteJson.From).ToList(), analysis.KeySentences);
    }
}
