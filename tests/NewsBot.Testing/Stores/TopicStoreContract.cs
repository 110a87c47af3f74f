using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using Xunit;

namespace NewsBot.Testing.Stores;

/// <summary>What every <see cref="ITopicStore"/> promises, run against the SQLite store and the in-memory fake alike.</summary>
public abstract class TopicStoreContract
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store.</summary>
    protected abstract ITopicStore CreateStore();

    [Fact]
    public async Task SaveAsync_NewTopic_GetsAnIdAndIsFoundByNameInAnyCase()
    {
        var store = CreateStore();

        var saved = await store.SaveAsync(Harbour(), "mod-1", "created", Token);

        Assert.NotEqual(0, saved.Id);
        Assert.Equal("Harbour News", (await store.GetAsync(saved.Id, Token))!.Name);
        Assert.Equal(saved.Id, (await store.FindAsync("guild-1", "harbour news", Token))!.Id);
        Assert.Null(await store.FindAsync("guild-2", "harbour news", Token));
    }

    [Fact]
    public async Task SaveAsync_NameTheGuildAlreadyUses_Refused()
    {
        var store = CreateStore();
        await store.SaveAsync(Harbour(), "mod-1", "created", Token);

        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveAsync(Harbour() with { Name = "HARBOUR NEWS" }, "mod-1", "created", Token));
        Assert.Single(await store.ListAsync(Token));
    }

    [Fact]
    public async Task MarkDigestedAsync_EarlierWindowAfterLater_KeepsTheLater()
    {
        var store = CreateStore();
        var saved = await store.SaveAsync(Harbour(), "mod-1", "created", Token);
        var later = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        await store.MarkDigestedAsync(saved.Id, later, Token);
        await store.MarkDigestedAsync(saved.Id, later.AddHours(-24), Token);

        Assert.Equal(later, (await store.GetAsync(saved.Id, Token))!.LastDigestAt);
    }

    [Fact]
    public async Task DeleteAsync_ExistingThenAgain_TrueThenFalseAndGone()
    {
        var store = CreateStore();
        var saved = await store.SaveAsync(Harbour(), "mod-1", "created", Token);

        Assert.True(await store.DeleteAsync(saved.Id, "mod-1", Token));
        Assert.False(await store.DeleteAsync(saved.Id, "mod-1", Token));
        Assert.Null(await store.GetAsync(saved.Id, Token));
        Assert.Empty(await store.ListAsync(Token));
    }

    [Fact]
    public async Task SaveAsync_TagsAndPublish_ReadBackAsSaved()
    {
        var store = CreateStore();

        var saved = await store.SaveAsync(Harbour() with { Tags = ["Harbour", "Night boats"], Publish = true }, "mod-1", "created", Token);
        var read = (await store.GetAsync(saved.Id, Token))!;

        Assert.Equal(["Harbour", "Night boats"], read.Tags);
        Assert.True(read.Publish);
    }

    [Fact]
    public async Task SaveAsync_OwnLayout_ReadBackAndClearedToTheGlobalSetting()
    {
        var store = CreateStore();

        var saved = await store.SaveAsync(Harbour() with { Layout = DigestLayout.Embeds }, "mod-1", "created", Token);
        var read = (await store.GetAsync(saved.Id, Token))!;
        await store.SaveAsync(read with { Layout = null }, "mod-1", "layout: embeds → default", Token);

        Assert.Equal(DigestLayout.Embeds, read.Layout);
        Assert.Null((await store.GetAsync(saved.Id, Token))!.Layout);
    }

    [Fact]
    public async Task SaveAsync_OwnLocale_ReadBackAndClearedToTheGlobalSetting()
    {
        var store = CreateStore();

        var saved = await store.SaveAsync(Harbour() with { Locale = "pt-BR" }, "mod-1", "created", Token);
        var read = (await store.GetAsync(saved.Id, Token))!;
        await store.SaveAsync(read with { Locale = null }, "mod-1", "locale: pt-BR → default", Token);

        Assert.Equal("pt-BR", read.Locale);
        Assert.Null((await store.GetAsync(saved.Id, Token))!.Locale);
    }

    [Fact]
    public async Task SaveAsync_CatalogSources_ReadBackChangedAndClearedToFeeds()
    {
        var store = CreateStore();

        var saved = await store.SaveAsync(Harbour() with { Catalog = new CatalogSources("at", "de") }, "mod-1", "created", Token);
        var read = (await store.GetAsync(saved.Id, Token))!;
        await store.SaveAsync(read with { Catalog = new CatalogSources(null, "fr") }, "mod-1", "sources: language fr", Token);
        var changed = (await store.GetAsync(saved.Id, Token))!;
        await store.SaveAsync(changed with { Catalog = null }, "mod-1", "sources: feeds", Token);

        Assert.Equal(new CatalogSources("at", "de"), read.Catalog);
        Assert.Equal(new CatalogSources(null, "fr"), changed.Catalog);
        Assert.Null((await store.GetAsync(saved.Id, Token))!.Catalog);
        Assert.Null((await store.SaveAsync(Harbour() with { Name = "Plain" }, "mod-1", "created", Token)).Catalog);
    }

    [Fact]
    public async Task SaveAsync_TwoCatalogTopicsSameOutlets_BothListTheSameFeedUrls()
    {
        var store = CreateStore();
        string[] outlets = ["https://brindle-post.example/news-sitemap.xml", "https://fenwick-gazette.example/rss"];

        await store.SaveAsync(Harbour() with { Catalog = new CatalogSources("at", null), Feeds = outlets }, "mod-1", "created", Token);
        await store.SaveAsync(Harbour() with { GuildId = "guild-2", Catalog = new CatalogSources(null, "de"), Feeds = outlets }, "mod-2", "created", Token);

        var all = await store.ListAsync(Token);
        Assert.Equal(2, all.Count);
        Assert.All(all, topic => Assert.Equal(outlets, topic.Feeds));
        Assert.Equal(outlets, all.SelectMany(t => t.Feeds).Distinct(StringComparer.Ordinal));
    }

    private static Topic Harbour() => new()
    {
        Name = "Harbour News",
        GuildId = "guild-1",
        ChannelId = "100",
        Query = "ferry",
        Schedule = "daily 08:00",
        Feeds = ["https://brindle-post.example/feed"],
    };
}
