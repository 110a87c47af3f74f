using NewsBot.Core.Storage;
using Xunit;

namespace NewsBot.Testing.Stores;

/// <summary>
/// What the database stores promise of <see cref="IArticleStore.TryAddAllAsync"/>: a feed's articles in one transaction,
/// each URL stored once even within the batch; and of <see cref="IArticleStore.CheckAllAsync"/>, the same answers as one by one. (The in-memory fake adds one by one, so it is not held to the transaction.)
/// </summary>
public abstract class ArticleBatchContract
{
    private const string Courier = "https://lakeside-courier.example/rss";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store that stamps times from <paramref name="clock"/>.</summary>
    protected abstract IArticleStore CreateStore(TimeProvider clock);

    [Fact]
    public async Task TryAddAllAsync_BatchRepeatingAUrlAndAnEarlierArticle_StoresEachUrlOnceInOrder()
    {
        var store = CreateStore(new SteppedClock(Start));
        await store.TryAddAsync(Article("item-0", "ferry"), Token);

        var stored = await store.TryAddAllAsync(
            [Article("item-1", "bridge"), Article("item-2", "bridge"), Article("item-3", "ferry"), Article("item-4", "dredging")], Token);

        Assert.Equal([true, false, false, true], stored);
        var all = await store.ListSinceAsync(Start, Token);
        Assert.Equal(["item-0", "item-1", "item-4"], all.Select(a => a.Article.Identity.ItemId));
        // As TryAddAsync: a refused article leaves no trace (the poller records the sighting it wants).
        Assert.Equal(ItemNovelty.New, await store.CheckAsync(new ArticleIdentity(Courier, "item-2", "https://elsewhere.example/2"), Token));
    }

    [Fact]
    public async Task TryAddAllAsync_AnArticleFailsToStore_NoneOfTheBatchStored()
    {
        var store = CreateStore(new SteppedClock(Start));
        var broken = Article("item-2", "bridge") with { Title = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => store.TryAddAllAsync([Article("item-1", "ferry"), broken], Token));

        Assert.Empty(await store.ListSinceAsync(Start, Token));
        Assert.Equal(ItemNovelty.New, await store.CheckAsync(Article("item-1", "ferry").Identity, Token));
    }

    [Fact]
    public async Task CheckAllAsync_NewSeenHereAndSeenElsewhere_AnswersAsCheckAsyncInOrder()
    {
        var store = CreateStore(new SteppedClock(Start));
        await store.TryAddAsync(Article("item-1", "ferry"), Token);
        var fresh = new ArticleIdentity(Courier, "item-2", "https://lakeside-courier.example/a/bridge");
        var sameItem = Article("item-1", "ferry").Identity;
        var otherFeed = new ArticleIdentity("https://hill-herald.example/rss", "h-9", "https://lakeside-courier.example/a/ferry");

        var novelty = await store.CheckAllAsync([fresh, sameItem, otherFeed], Token);

        Assert.Equal([ItemNovelty.New, ItemNovelty.SeenInThisFeed, ItemNovelty.SeenElsewhere], novelty);
        Assert.Empty(await store.CheckAllAsync([], Token));
    }

    [Fact]
    public async Task TryAddAllAsync_EmptyBatch_StoresNothing()
    {
        var store = CreateStore(new SteppedClock(Start));

        Assert.Empty(await store.TryAddAllAsync([], Token));
        Assert.Empty(await store.ListSinceAsync(Start, Token));
    }

    private static ArticleRecord Article(string item, string slug) => new()
    {
        Identity = new ArticleIdentity(Courier, item, $"https://lakeside-courier.example/a/{slug}"),
        Title = "Ferry timetable changes",
        Text = "The harbour board moved the first ferry to 06:40.",
    };
}
