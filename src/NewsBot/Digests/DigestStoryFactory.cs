using NewsBot.Core.Digests;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Publishing;

namespace NewsBot.Digests;

/// <summary>A stored article as a digest story: its stored key quotes (or key sentences) and the other outlets.</summary>
internal static class DigestStoryFactory
{
    public static RenderedStory Create(StoredArticle stored, IReadOnlyList<string> alsoIn, int maxQuotes)
    {
        var article = stored.Article;
        var quotes = article.Quotes.Take(maxQuotes).Select(q => ToQuote(q, article.Text)).ToList();
        var story = new DigestStory(
            Title: article.Title,
            Url: article.Identity.CanonicalUrl,
            Source: OutletOf(article),
            Published: article.PublishedAt,
            Analysis: new QuoteAnalysis(quotes, article.KeySentences))
        { FromExcerpt = article.IsPartial };
        return new RenderedStory(story, alsoIn);
    }

    /// <summary>The outlet's name, or the site's host for a feed that gives none.</summary>
    public static string? OutletOf(NewArticle article) =>
        !string.IsNullOrWhiteSpace(article.Outlet) ? article.Outlet
        : Uri.TryCreate(article.Identity.CanonicalUrl, UriKind.Absolute, out var uri) ? uri.Host
        : null;

    private static Quote ToQuote(StoredQuote stored, string text)
    {
        // Offsets point at the quote in the text when it is there verbatim, as a Quote's offsets promise.
        var start = Math.Max(0, text.IndexOf(stored.Text, StringComparison.Ordinal));
        return new Quote(stored.Text, start, start + stored.Text.Length)
        {
            Speaker = stored.Speaker,
            SpeakerRole = stored.Role,
            IsKey = true,
        };
    }
}
