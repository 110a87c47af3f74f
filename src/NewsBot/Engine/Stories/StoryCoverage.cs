using NewsBot.Core.Digests;
using NewsBot.Core.Storage;

namespace NewsBot.Engine.Stories;

/// <summary>
/// Later coverage added to a delivered story: its outlets join "also in", and its key quotes from voices the story does
/// not quote yet are added, up to <see cref="MaxQuotes"/>.
/// </summary>
public static class StoryCoverage
{
    /// <summary>As many lines as an embed shows.</summary>
    public const int MaxQuotes = 5;

    /// <returns>The story with the articles added, and whether a reader would see a difference.</returns>
    public static (StoryState State, bool Visible) Add(StoryState story, IReadOnlyList<StoredArticle> articles, IReadOnlyList<StoryCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(candidates);
        var alsoIn = story.AlsoIn.ToList();
        var quotes = story.Quotes.ToList();
        foreach (var article in articles.Select(a => a.Article))
        {
            if (DigestSelector.OutletOf(article) is { } outlet && !SameOutlet(outlet, story.Source) && !alsoIn.Any(o => SameOutlet(o, outlet)))
                alsoIn.Add(outlet);
            foreach (var quote in article.Quotes.Where(q => IsNewVoice(q, quotes)))
            {
                if (quotes.Count >= MaxQuotes)
                    break;
                quotes.Add(quote);
            }
        }
        var members = story.Members.Concat(candidates).DistinctBy(m => m.Key, StringComparer.Ordinal).ToList();
        var visible = alsoIn.Count != story.AlsoIn.Count || quotes.Count != story.Quotes.Count;
        return (story with { AlsoIn = alsoIn, Quotes = quotes, Members = members }, visible);
    }

    /// <summary>Another voice: attributed, and to someone the story does not quote yet.</summary>
    private static bool IsNewVoice(StoredQuote quote, List<StoredQuote> quotes) =>
        !string.IsNullOrWhiteSpace(quote.Speaker)
        && !quotes.Any(q => string.Equals(q.Speaker?.Trim(), quote.Speaker.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool SameOutlet(string a, string? b) => string.Equals(a.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
