using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence.Tests;

/// <summary>
/// What <see cref="IArticleStore.SearchAsync"/> promises on every storage provider (SQLite's FTS5, PostgreSQL's tsvector):
/// the topic query language, accents and case ignored, the feeds filtering before the limit, better matches first.
/// </summary>
public abstract class ArticleSearchContract
{
    private const string Feed = "https://lakeside-courier.example/rss";

    /// <summary>The clock the store stamps first-seen times from.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    /// <summary>A new, empty store on <see cref="Clock"/>.</summary>
    protected abstract IArticleStore CreateStore();

    [Theory]
    [InlineData("harbour", "title")]
    [InlineData("dredging", "text")]
    [InlineData("moorings", "quote")]
    [InlineData("quai", "accented title, plain query")]
    [InlineData("Société", "accented query")]
    [InlineData("HARBOUR dredging", "every word, any field")]
    public async Task SearchAsync_WordInTitleTextOrQuotes_FindsArticle(string query, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = CreateStore();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/harbour", "Harbour works begin at Quai Émile", "Dredging starts on Monday.") with
        {
            Quotes = [new StoredQuote("The moorings will move for a month", "Ines Varga")],
        }, ct);
        await store.TryAddAsync(Article("item-2", "https://lakeside-courier.example/a/societe", "Societe Nautique elects a chair", "Members voted."), ct);
        await store.TryAddAsync(Article("item-3", "https://lakeside-courier.example/a/bakery", "Bakery opens", "Fresh bread daily."), ct);

        var found = await store.SearchAsync(query, [Feed], DateTimeOffset.MinValue, 10, ct);

        Assert.True(found.Count == 1, $"{reason}: expected one match for '{query}', found {found.Count}");
        Assert.DoesNotContain("Bakery", found[0].Article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_MatchOlderThanSince_IsLeftOut()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = CreateStore();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/1", "Harbour plan drafted", "Body"), ct);
        Clock.Advance(TimeSpan.FromDays(1));
        var since = Clock.GetUtcNow();
        await store.TryAddAsync(Article("item-2", "https://lakeside-courier.example/a/2", "Harbour plan approved", "Body"), ct);

        var found = await store.SearchAsync("harbour", [Feed], since, 10, ct);

        Assert.Equal(["Harbour plan approved"], found.Select(a => a.Article.Title));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(harbour plan)")]
    [InlineData("title:harbour*")]
    [InlineData("- ( )")]
    public async Task SearchAsync_FtsSyntaxInQuery_IsTreatedAsPlainWords(string query)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = CreateStore();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/1", "Harbour plan", "Body"), ct);

        var found = await store.SearchAsync(query, [Feed], DateTimeOffset.MinValue, 10, ct);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("harbour -bakery", new[] { "Harbour works begin" })]
    [InlineData("bakery OR societe", new[] { "Bakery opens", "Societe Nautique elects a chair" })]
    [InlineData("\"works begin\"", new[] { "Harbour works begin" })]
    [InlineData("dredg*", new[] { "Harbour works begin" })]
    [InlineData("-harbour", new string[0])]
    public async Task SearchAsync_MinusWordAndOr_FollowTheTopicQueryLanguage(string query, string[] titles)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = CreateStore();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/harbour", "Harbour works begin", "Dredging starts."), ct);
        await store.TryAddAsync(Article("item-2", "https://lakeside-courier.example/a/societe", "Societe Nautique elects a chair", "Members voted."), ct);
        await store.TryAddAsync(Article("item-3", "https://lakeside-courier.example/a/bakery", "Bakery opens", "Fresh bread by the harbour."), ct);

        var found = await store.SearchAsync(query, [Feed], DateTimeOffset.MinValue, 10, ct);

        Assert.Equal(titles, found.Select(a => a.Article.Title).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("harbour\0plan")]
    [InlineData("\0")]
    [InlineData("harbour \0 \"\0\" -\0")]
    public async Task SearchAsync_NulInQuery_NoSqliteError(string query)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = CreateStore();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/1", "Harbour plan", "Body"), ct);

        var found = await store.SearchAsync(query, [Feed], DateTimeOffset.MinValue, 10, ct);

        Assert.True(found.Count <= 1);
    }

    [Fact]
    public async Task SearchAsync_OtherFeedsHaveMoreBetterMatches_TheseFeedsMatchesStillFound()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = CreateStore();
        const string Busy = "https://busy-wire.example/feed.xml";
        for (var i = 0; i < 30; i++)
        {
            await store.TryAddAsync(Article($"wire-{i}", $"https://busy-wire.example/a/{i}", "Harbour harbour harbour", "Harbour news, harbour views.") with
            {
                Identity = new ArticleIdentity(Busy, $"wire-{i}", $"https://busy-wire.example/a/{i}"),
            }, ct);
        }
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/1", "Council budget", "A word on the harbour at the end."), ct);

        var found = await store.SearchAsync("harbour", [Feed], DateTimeOffset.MinValue, 5, ct);

        Assert.Equal(["Council budget"], found.Select(a => a.Article.Title));
    }

    [Fact]
    public async Task SearchAsync_ArticleStoredFromAnotherFeed_FoundThroughAnyFeedThatCarriedIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = CreateStore();
        const string Wire = "https://wire.example/feed.xml";
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/1", "Harbour plan", "Body"), ct);
        await store.RecordSightingAsync(new ArticleIdentity(Wire, "wire-1", "https://lakeside-courier.example/a/1"), isBackfill: false, ct);

        var throughWire = await store.SearchAsync("harbour", [Wire], DateTimeOffset.MinValue, 5, ct);
        var throughNeither = await store.SearchAsync("harbour", ["https://other.example/feed.xml"], DateTimeOffset.MinValue, 5, ct);

        Assert.Equal(["Harbour plan"], throughWire.Select(a => a.Article.Title));
        Assert.Empty(throughNeither);
    }

    [Fact]
    public async Task SearchAsync_ManyMentionsAndOne_ManyMentionsFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = CreateStore();
        await store.TryAddAsync(Article("item-1", "https://lakeside-courier.example/a/1", "Council budget", "A word on the harbour at the end of a long report on roads, schools and parks."), ct);
        await store.TryAddAsync(Article("item-2", "https://lakeside-courier.example/a/2", "Harbour reopens", "The harbour reopens; harbour traffic resumes."), ct);

        var found = await store.SearchAsync("harbour", [Feed], DateTimeOffset.MinValue, 10, ct);

        Assert.Equal(["Harbour reopens", "Council budget"], found.Select(a => a.Article.Title));
    }

    private static ArticleRecord Article(string itemId, string canonicalUrl, string title, string text) => new()
    {
        Identity = new ArticleIdentity(Feed, itemId, canonicalUrl),
        Title = title,
        Text = text,
    };
}
