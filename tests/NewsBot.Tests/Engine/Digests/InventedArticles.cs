using NewsBot.Core.Storage;
using NewsBot.Core.Topics;

namespace NewsBot.Tests.Engine.Digests;

/// <summary>Stored articles from invented outlets about invented people, and a topic over their feeds.</summary>
internal static class InventedArticles
{
    public const string BrindleFeed = "https://brindle-post.example/feed";
    public const string KetterbyFeed = "https://ketterby-courier.example/rss";
    public const string OsselFeed = "https://ossel-herald.example/atom";

    public static readonly DateTimeOffset Monday = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static long _nextId;

    public static Topic Topic(string query = "", params string[] feeds) => new()
    {
        Id = 7,
        Name = "Harbour",
        Query = query,
        ChannelId = "100",
        Schedule = "daily 08:00",
        Feeds = feeds.Length > 0 ? feeds : [BrindleFeed, KetterbyFeed, OsselFeed],
        CreatedAt = Monday.AddDays(-10),
    };

    public static StoredArticle Article(
        string title,
        string text,
        string feed = BrindleFeed,
        string? outlet = "The Brindle Post",
        DateTimeOffset? seen = null,
        string? url = null,
        string? language = null,
        IReadOnlyList<StoredQuote>? quotes = null,
        IReadOnlyList<string>? keySentences = null,
        bool partial = false)
    {
        var id = Interlocked.Increment(ref _nextId);
        var at = seen ?? Monday.AddHours(-2);
        var canonical = url ?? $"{new Uri(feed).GetLeftPart(UriPartial.Authority)}/news/{id}";
        var article = new ArticleRecord
        {
            Identity = new ArticleIdentity(feed, canonical, canonical),
            Title = title,
            Outlet = outlet,
            PublishedAt = at,
            Text = text,
            Quotes = quotes ?? [],
            KeySentences = keySentences ?? [],
            IsPartial = partial,
            Language = language,
        };
        return new StoredArticle(id, at, $"hash-{id}", article);
    }

    /// <summary>One event as three outlets wrote it up.</summary>
    public static StoredArticle[] FerryStrikeCoverage() =>
    [
        Article("Ketterby ferry crews strike over night shifts", "Ferry crews in Ketterby walked out on Monday over new night shifts, halting crossings to Ossel.",
            feed: BrindleFeed, outlet: "The Brindle Post", seen: Monday.AddHours(-5)),
        Article("Ferry crews strike in Ketterby over night shifts", "Crossings from Ketterby to Ossel stopped as ferry crews went on strike over night shifts.",
            feed: KetterbyFeed, outlet: "Ketterby Courier", seen: Monday.AddHours(-4)),
        Article("Night shift dispute: Ketterby ferry crews strike", "Ketterby ferry crews are on strike over night shifts; no crossings to Ossel ran on Monday.",
            feed: OsselFeed, outlet: "Ossel Herald", seen: Monday.AddHours(-3)),
    ];
}
