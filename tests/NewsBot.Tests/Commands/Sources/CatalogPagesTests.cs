using Microsoft.Extensions.Options;
using NewsBot.Commands.Sources;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Catalog;
using NewsBot.Localization;
using NewsBot.Tests.Fakes;

namespace NewsBot.Tests.Commands.Sources;

/// <summary>/sources browse's pages, over invented outlets of the user-assigned country "zz" added in settings.</summary>
public sealed class CatalogPagesTests
{
    private static readonly ReplyTexts English = TextCatalog.Embedded.For("en-US");
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PageAsync_CountryFilter_ShowsEachOutletsPollingStatus()
    {
        var states = new InMemoryFeedStateStore();
        await states.SaveAsync(new FeedState { FeedUrl = Source(0), LastSuccessAt = Now, LastFetchedAt = Now }, TestContext.Current.CancellationToken);
        await states.SaveAsync(new FeedState { FeedUrl = Source(1), ConsecutiveFailures = 3, LastError = "answered 410" }, TestContext.Current.CancellationToken);

        var page = await Pages(3, states).PageAsync(English, "ZZ", null, 1, TestContext.Current.CancellationToken);

        var lines = page.Embeds![0].Description!.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("• **Zed Outlet 00** (zz, eo) · rss · ok", lines[0]);
        Assert.Contains("failing (3 failures: answered 410)", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("not fetched yet", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain(page.Embeds[0].Description!, l => l == '\t');
    }

    [Fact]
    public async Task PageAsync_SecondPageAndBeyondTheEnd_ShowsTheRestThenTheLastPage()
    {
        var pages = Pages(CatalogPages.PerPage + 5, new InMemoryFeedStateStore());

        var second = await pages.PageAsync(English, "zz", "eo", 2, TestContext.Current.CancellationToken);
        var beyond = await pages.PageAsync(English, "zz", "eo", 9, TestContext.Current.CancellationToken);

        Assert.Equal(5, second.Embeds![0].Description!.Split('\n').Length);
        Assert.StartsWith("Page 2 of 2, 25 outlets.", second.Embeds[0].Footer!.Text, StringComparison.Ordinal);
        Assert.Equal(second.Embeds[0].Description, beyond.Embeds![0].Description);
    }

    [Fact]
    public async Task PageAsync_NoOutletMatches_SaysSoWithTheFilter()
    {
        var page = await Pages(2, new InMemoryFeedStateStore()).PageAsync(English, "zz", "tlh", 1, TestContext.Current.CancellationToken);

        Assert.Equal("No outlet of the catalogue matches (zz, tlh).", page.Content);
    }

    private static string Source(int i) => $"https://zed-{i:00}.example/feed.xml";

    private static CatalogPages Pages(int outlets, IFeedStateStore states)
    {
        var options = new CatalogOptions();
        options.Add.AddRange(Enumerable.Range(0, outlets).Select(i => new CatalogOutletEntry
        {
            Name = $"Zed Outlet {i:00}",
            Homepage = $"https://zed-{i:00}.example/",
            Country = "zz",
            Languages = ["eo"],
            Kind = "rss",
            Url = Source(i),
        }));
        return new CatalogPages(new OutletCatalog(Options.Create(options)), states);
    }
}
