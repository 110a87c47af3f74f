using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Feeds;

namespace NewsBot.Engine.Polling;

/// <summary>Turns a read article into what the store keeps.</summary>
internal static class ArticleRecords
{
    public static ArticleRecord From(PolledItem polled, ExtractedArticle article, QuoteAnalysis analysis, ArticleIdentity identity)
    {
        var item = polled.Item;
        var metadata = article.Metadata;
        return new ArticleRecord
        {
            Identity = identity,
            Title = ArticleFields.Title(metadata, item),
            Outlet = ArticleFields.Outlet(metadata, polled.Feed, polled.Link?.Uri),
            PublishedAt = ArticleFields.Published(metadata, item),
            Text = article.Text,
            Quotes = [.. analysis.KeyQuotes.Select(q => new StoredQuote(q.Text, q.Speaker) { Role = q.SpeakerRole, DisplayText = q.DisplayText })],
            KeySentences = analysis.KeySentences,
            IsPartial = article.IsPartial,
            Language = TwoLetter(metadata.Language ?? polled.Feed.Language),
            Byline = metadata.Byline ?? item.Author,
            Image = metadata.Image,
            IsBackfill = polled.IsBackfill,
        };
    }

    /// <summary>
    /// The page's own canonical address when it names a real article; a site-wide canonical (the home page) would
    /// make every story of the site look like one.
    /// </summary>
    public static string? PageCanonicalUrl(ExtractedArticle article, PolledItem polled)
    {
        if (polled.Link is null || article.Metadata.CanonicalUrl is not { } declared)
            return null;
        var canonical = CanonicalUrl.From(declared, polled.Link.Uri);
        return canonical is not null && new Uri(canonical).AbsolutePath.Length > 1 ? canonical : null;
    }

    private static string? TwoLetter(string? language)
    {
        var primary = language?.Split('-', '_')[0].Trim();
        return primary is { Length: 2 } && primary.All(char.IsAsciiLetter) ? primary.ToLowerInvariant() : null;
    }
}
