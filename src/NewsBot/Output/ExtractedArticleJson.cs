using NewsBot.Core.Articles;

namespace NewsBot.Output;

/// <summary>
/// The stable JSON contract of <c>extract --json</c>: metadata, whether only a teaser was found, and the main text,
/// so the extractor can be scored from outside. <see cref="Reason"/> explains an empty or partial article;
/// <see cref="PageType"/> (an addition) says what kind of page it was: article, forum, listing, collection, product, service or documentation.
/// </summary>
internal sealed record ExtractedArticleJson(
    string? Title,
    string? Byline,
    DateTimeOffset? Published,
    string? SiteName,
    string? Language,
    string? Url,
    string? Image,
    bool Partial,
    string Text,
    string? Reason,
    string PageType)
{
    public static ExtractedArticleJson From(ExtractedArticle article)
    {
        var meta = article.Metadata;
        return new(meta.Title, meta.Byline, meta.Published, meta.SiteName, meta.Language, article.Url, meta.Image,
            article.IsPartial, article.Text, article.EmptyReason ?? article.PartialReason,
            article.PageType.ToString().ToLowerInvariant());
    }
}
