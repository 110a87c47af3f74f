using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Topics;

/// <summary>Stored articles of an invented outlet, for the matching tests.</summary>
internal static class StoredArticles
{
    private static long _nextId;

    public static StoredArticle Article(string title, string text, IReadOnlyList<StoredQuote>? quotes = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var url = $"https://brindle-post.example/news/{id}";
        var article = new ArticleRecord
        {
            Identity = new ArticleIdentity("https://brindle-post.example/feed", url, url),
            Title = title,
            Outlet = "The Brindle Post",
            Text = text,
            Quotes = quotes ?? [],
        };
        return new StoredArticle(id, new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero), $"hash-{id}", article);
    }
}
