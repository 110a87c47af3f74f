using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>/feed add outlet: with an invented outlet added to the catalogue in settings, on loopback.</summary>
public sealed class FeedCommandOutletTests
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task Add_CatalogueOutlet_AddsItsFeedAndAutocompleteOffersIt()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        harness.Site.Publish("courier", SiteStory.Ferry(Now.AddHours(-1)));
        var url = harness.QuietFeedUrl("courier");
        AddOutlet(harness, "Northfield Courier Catalogued", url);
        var topic = await harness.SeedTopicAsync("Harbour News");
        await harness.StartBotAsync();

        var offered = await harness.AutocompleteAsync("add", "outlet", ("topic", "Harbour News"), ("outlet", "northfield cour"));
        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("topic", "Harbour News"), ("outlet", "northfield courier catalogued"));

        Assert.Equal("Northfield Courier Catalogued", offered[0]);
        Assert.Contains("Added **Northfield Courier**", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
        Assert.Equal([url], (await harness.Topics.GetAsync(topic.Id, TestContext.Current.CancellationToken))!.Feeds);
    }

    [Fact]
    public async Task Add_UnknownOutlet_SaysSoWithoutFetching()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        var topic = await harness.SeedTopicAsync("Harbour News");
        await harness.StartBotAsync();

        var reply = await harness.SendAsync("add", FeedCommandHarness.Moderator, ("topic", "Harbour News"), ("outlet", "Gazette of Nowhere"));

        Assert.Contains("**Gazette of Nowhere** is not in NewsBot's catalogue", FeedCommandHarness.Shown(reply), StringComparison.Ordinal);
        Assert.Empty(harness.Site.Server.Requests);
        Assert.Empty((await harness.Topics.GetAsync(topic.Id, TestContext.Current.CancellationToken))!.Feeds);
    }

    private static void AddOutlet(FeedCommandHarness harness, string name, string url)
    {
        harness.Set("Catalog:Add:0:Name", name);
        harness.Set("Catalog:Add:0:Homepage", new Uri(url).GetLeftPart(UriPartial.Authority));
        harness.Set("Catalog:Add:0:Country", "zz");
        harness.Set("Catalog:Add:0:Languages:0", "en");
        harness.Set("Catalog:Add:0:Kind", "rss");
        harness.Set("Catalog:Add:0:Url", url);
    }
}
