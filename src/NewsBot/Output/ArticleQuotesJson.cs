using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Output;

/// <summary>The stable JSON contract of <c>quotes --json</c>; <c>mentions</c> holds quoted titles and fragments, which are not quotes.</summary>
internal sealed record ArticleQuotesJson(
    string? Title,
    string? Url,
    string? Byline,
    DateTimeOffset? Published,
    string? SiteName,
    string? Language,
    IReadOnlyList<QuoteJson> Quotes,
    IReadOnlyList<string> KeySentences,
    DateTimeOffset? Modified,
    string? Image,
    IReadOnlyList<QuoteJson> Mentions)
{
    public static ArticleQuotesJson From(ExtractedArticle article, QuoteAnalysis analysis)
    {
        var meta = article.Metadata;
        return new(meta.Title, article.Url, meta.Byline, meta.Published, meta.SiteName, meta.Language,
            analysis.Quotes.Select(QuoteJson.From).ToList(), analysis.KeySentences,
            meta.Modified, meta.Image, analysis.Mentions.Select(QuoteJson.From).ToList());
    }
}
