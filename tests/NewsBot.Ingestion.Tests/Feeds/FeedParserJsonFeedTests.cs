namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class FeedParserJsonFeedTests
{
    [Fact]
    public void Parse_JsonFeed10_ReadsFeedAndItems()
    {
        var feed = FeedFixtures.Parse("jsonfeed10.json", "https://lantern-street.example/feed.json");

        Assert.Equal("json10", feed.Format);
        Assert.Equal("Lantern Street Journal", feed.Title);
        Assert.Equal("https://lantern-street.example/", feed.Link);
        Assert.Equal("Evening news, briefly", feed.Subtitle);
        Assert.Equal("Rosalind Aberthwaite", feed.Author);
        var market = feed.Items[0];
        Assert.Equal("2026-11-28-market", market.Id);
        Assert.Equal("https://lantern-street.example/2026/11/28/market", market.Link);
        Assert.Equal("<p>Stalls open at <b>18:00</b>.</p>", market.Content);
        Assert.Equal("Stalls open at six.", market.Summary);
        Assert.Equal(FeedFixtures.Utc("2026-11-28T17:00:00Z"), market.Published);
        Assert.Equal(["Events", "Food"], market.Categories);
        Assert.Equal("Jonah Petrakis", market.Author);
    }

    [Fact]
    public void Parse_JsonFeedItemWithNumericIdAndBadDate_KeepsItemAndWarns()
    {
        var feed = FeedFixtures.Parse("jsonfeed10.json");
        var outage = feed.Items[1];

        Assert.Equal("42", outage.Id);
        Assert.Equal("Power cut on Mill Lane.", outage.Content);
        Assert.Null(outage.Published);
        Assert.Contains(feed.Warnings, w => w.Contains("not a date", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_JsonFeed11_ReadsAuthorsLanguageAndDates()
    {
        var feed = FeedFixtures.Parse("jsonfeed11.json");
        var item = Assert.Single(feed.Items);

        Assert.Equal("json11", feed.Format);
        Assert.Equal("en-AU", feed.Language);
        Assert.Equal("Beatrix Oyelaran", feed.Author);
        Assert.Equal("Malik Sorensen", item.Author);
        Assert.Equal(FeedFixtures.Utc("2026-11-24T23:00:00Z"), item.Published);
        Assert.Equal(FeedFixtures.Utc("2026-11-25T02:00:00Z"), item.Updated);
    }

    [Fact]
    public void Parse_JsonWithoutVersionMarker_ThrowsFeedFormatException()
    {
        var ex = Assert.Throws<NewsBot.Ingestion.Feeds.FeedFormatException>(() => FeedFixtures.ParseText("""{"name": "not a feed"}"""));

        Assert.Contains("not a JSON Feed", ex.Message, StringComparison.Ordinal);
    }
}
