using NewsBot.Core.Articles;
using NewsBot.Core.Digests;
using NewsBot.Core.Feeds;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Engine.Stories;

/// <summary>
/// The one place a story is built: for the scheduled digest, <c>/digest</c>, <c>/news</c>, <c>/quotes</c>,
/// <c>/feed test</c> and the <c>digest</c> verb. A stored article shows what its poll stored; an article read just now
/// gets the same fields through <see cref="ArticleFields"/>, so both read alike.
/// </summary>
public static class StoryBuilder
{
    /// <summary>A stored article: its stored key quotes (or key sentences) and the other outlets that ran it.</summary>
    /// <param name="members">The story's articles (the clusterer's candidates), whose addresses the "also in" outlets link to.</param>
    public static CoveredStory FromStored(StoredArticle stored, IReadOnlyList<string> alsoIn, int maxQuotes, IReadOnlyList<StoryCandidate>? members = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var article = stored.Article;
        var quotes = article.Quotes.Take(maxQuotes).Select(q => ToQuote(q, article.Text)).ToList();
        var story = new DigestStory(
            Title: article.Title,
            Url: article.Identity.CanonicalUrl,
            Source: DigestSelector.OutletOf(article),
            Published: article.PublishedAt,
            Analysis: new QuoteAnalysis(quotes, article.KeySentences))
        { FromExcerpt = article.IsPartial, Byline = article.Byline, Image = article.Image };
        return new CoveredStory(story, alsoIn) { AlsoInLinks = CoveredStory.LinksOf(members ?? []) };
    }

    /// <summary>A remembered story as it stands now (with what later coverage added), to show or to edit its message.</summary>
    public static CoveredStory FromState(StoryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var text = string.Empty;
        var story = new DigestStory(
            Title: state.Title,
            Url: state.Url,
            Source: state.Source,
            Published: state.Published,
            Analysis: new QuoteAnalysis([.. state.Quotes.Select(q => ToQuote(q, text))], state.KeySentences))
        { FromExcerpt = state.FromExcerpt, Byline = state.Byline, Image = state.Image };
        return new CoveredStory(story, state.AlsoIn) { AlsoInLinks = CoveredStory.LinksOf(state.Members) };
    }

    /// <summary>An article read just now and not stored, with its whole quote analysis.</summary>
    /// <param name="url">The address the story links to.</param>
    /// <param name="item">The feed item it came from, if any: its title and dates stand in for the page's.</param>
    /// <param name="feed">The feed it came from, if any: its title names the outlet when the page does not.</param>
    /// <param name="link">Where the article lives: its host names the outlet when nothing else does.</param>
    public static DigestStory FromRead(
        ExtractedArticle article, QuoteAnalysis analysis, string? url, FeedItem? item = null, Feed? feed = null, Uri? link = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var page = article.Metadata;
        return new DigestStory(
            Title: ArticleFields.Title(page, item),
            Url: url,
            Source: ArticleFields.Outlet(page, feed, link),
            Published: ArticleFields.Published(page, item),
            Analysis: analysis)
        { FromExcerpt = article.IsPartial, Byline = page.Byline, Image = page.Image };
    }

    private static Quote ToQuote(StoredQuote stored, string text)
    {
        // Offsets point at the quote in the text when it is there verbatim, as a Quote's offsets promise.
        var start = Math.Max(0, text.IndexOf(stored.Text, StringComparison.Ordinal));
        return new Quote(stored.Text, start, start + stored.Text.Length)
        {
            Speaker = stored.Speaker,
            SpeakerRole = stored.Role,
            IsKey = true,
            // Stored before display texts were kept: the quote as it was found.
            DisplayText = stored.DisplayText ?? stored.Text,
        };
    }
}
