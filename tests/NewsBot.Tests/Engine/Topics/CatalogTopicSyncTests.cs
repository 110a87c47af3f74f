using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;
using NewsBot.Ingestion.Catalog;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Engine.Topics;

/// <summary>At start-up a catalogue topic's feeds follow the catalogue: an outlet added or disabled in settings joins or leaves it.</summary>
public sealed class CatalogTopicSyncTests
{
    private const string Added = "https://quillby-herald.example/news-sitemap.xml";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SyncAsync_OutletAddedInSettings_JoinsTheMatchingCatalogueTopicOnly()
    {
        var store = new InMemoryTopicStore();
        store.Add(new Topic { Name = "Zedland", GuildId = "1", ChannelId = "2", Schedule = "daily 08:00", Catalog = new CatalogSources("zz", null) });
        store.Add(new Topic { Name = "Own feeds", GuildId = "1", ChannelId = "2", Schedule = "daily 08:00", Feeds = ["https://own.example/feed"] });

        await Sync(store, AddedOutlet());

        var topics = await store.ListAsync(Token);
        Assert.Equal([Added], topics.Single(t => t.Name == "Zedland").Feeds);
        Assert.Equal(["https://own.example/feed"], topics.Single(t => t.Name == "Own feeds").Feeds);
        Assert.Equal("catalogue outlets: 0 → 1", Assert.Single(store.Changes).Action);
    }

    [Fact]
    public async Task SyncAsync_OutletDisabledInSettings_LeavesTheTopic()
    {
        var store = new InMemoryTopicStore();
        store.Add(new Topic { Name = "Zedland", GuildId = "1", ChannelId = "2", Schedule = "daily 08:00", Catalog = new CatalogSources("zz", null), Feeds = [Added] });
        var options = AddedOutlet();
        options.Disable.Add("Quillby Herald");

        await Sync(store, options);

        Assert.Empty((await store.ListAsync(Token)).Single().Feeds);
    }

    [Fact]
    public async Task SyncAsync_NothingChanged_SavesNothing()
    {
        var store = new InMemoryTopicStore();
        store.Add(new Topic { Name = "Zedland", GuildId = "1", ChannelId = "2", Schedule = "daily 08:00", Catalog = new CatalogSources("zz", null), Feeds = [Added] });

        await Sync(store, AddedOutlet());

        Assert.Empty(store.Changes);
    }

    private static Task Sync(InMemoryTopicStore store, CatalogOptions options) =>
        new CatalogTopicSync(store, new CatalogTopicFeeds(new OutletCatalog(Options.Create(options))), NullLogger<CatalogTopicSync>.Instance).SyncAsync(Token);

    private static CatalogOptions AddedOutlet()
    {
        var options = new CatalogOptions();
        options.Add.Add(new CatalogOutletEntry
        {
            Name = "Quillby Herald",
            Homepage = "https://quillby-herald.example",
            Country = "zz",
            Languages = ["en"],
            Kind = "news-sitemap",
            Url = Added,
        });
        return options;
    }
}
