namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class FeedParserRssTests
{
    private const string FeedUrl = "https://harbour-gazette.example/feeds/rss.xml";

    [Fact]
    public void Parse_Rss20_ReadsChannelFields()
    {
        var feed = FeedFixtures.Parse("rss20.xml", FeedUrl);

        Assert.Equal("rss20", feed.Format);
        Assert.Equal("Harbour Gazette \u2013 Local News", feed.Title);
        Assert.Equal("https://harbour-gazette.example/", feed.Link);
        Assert.Equal("News from the harbour & the hills", feed.Subtitle);
        Assert.Equal("en-gb", feed.Language);
        Assert.Equal("\u00a9 2026 Harbour Gazette", feed.Rights);
        Assert.Equal("Quillpress 4.2", feed.Generator);
        Assert.Equal("desk@harbour-gazette.example (Mara Quillfeather)", feed.Author);
        Assert.Equal(FeedFixtures.Utc("2026-11-28T18:00:00Z"), feed.Updated);
        Assert.Equal(3, feed.Items.Count);
    }

    [Fact]
    public void Parse_Rss20Item_ReadsAllFields()
    {
        var item = FeedFixtures.Parse("rss20.xml", FeedUrl).Items[0];

        Assert.Equal("hg-2026-1101", item.Id);
        Assert.Equal("Ferry timetable changes for winter", item.Title);
        Assert.Equal("https://harbour-gazette.example/news/ferry-timetable", item.Link);
        Assert.Equal("<p>The <b>winter</b> timetable starts Monday.</p>", item.Summary);
        Assert.Equal("<p>The winter timetable starts Monday. Sailings at 07:00 &amp; 19:00.</p>", item.Content);
        Assert.Equal("Tomas Brindlecombe", item.Author);
        Assert.Equal(["Transport", "Harbour"], item.Categories);
        Assert.Equal(FeedFixtures.Utc("2026-11-28T14:30:00Z"), item.Published);
    }

    [Fact]
    public void Parse_Rss20HtmlEntities_DecodedToCharacters()
    {
        var item = FeedFixtures.Parse("rss20.xml", FeedUrl).Items[1];

        Assert.Equal("Caf\u00e9 owners & fishermen meet\u2026", item.Title);
        Assert.Equal("Talks went on past\u00a0midnight.", item.Summary);
        Assert.Equal(FeedFixtures.Utc("2026-11-27T21:15:00Z"), item.Published);
    }

    [Fact]
    public void Parse_PermalinkGuidWithoutLink_GuidBecomesLink()
    {
        var item = FeedFixtures.Parse("rss20.xml", FeedUrl).Items[2];

        Assert.Equal("https://harbour-gazette.example/news/lighthouse", item.Link);
        Assert.Equal("https://harbour-gazette.example/news/lighthouse", item.Id);
    }

    [Fact]
    public void Parse_Rdf_ReadsChannelAndItemsOutsideChannel()
    {
        var feed = FeedFixtures.Parse("rdf.xml");

        Assert.Equal("rss10", feed.Format);
        Assert.Equal("Northwind Ledger", feed.Title);
        Assert.Equal("Business news from the valley", feed.Subtitle);
        Assert.Equal("en", feed.Language);
        Assert.Equal(FeedFixtures.Utc("2026-11-28T06:00:00Z"), feed.Updated);
        Assert.Equal(2, feed.Items.Count);
        var mill = feed.Items[0];
        Assert.Equal("Old mill finds a buyer", mill.Title);
        Assert.Equal("Ines Valdoro", mill.Author);
        Assert.Equal(["Property"], mill.Categories);
        Assert.Equal(FeedFixtures.Utc("2026-11-27T15:45:00Z"), mill.Updated);
    }

    [Fact]
    public void Parse_RdfItemWithoutLink_IdentityFromRdfAbout()
    {
        var bank = FeedFixtures.Parse("rdf.xml").Items[1];

        Assert.Null(bank.Link);
        Assert.Equal("https://northwind-ledger.example/2026/11/bank", bank.Id);
    }

    [Fact]
    public void Parse_ITunesSummaryBeforeDescription_DescriptionWinsAsSummary()
    {
        var feed = FeedFixtures.ParseText("""
            <rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><item>
              <itunes:summary>Short podcast blurb</itunes:summary>
              <description>Episode 12: the harbour master speaks</description>
            </item></channel></rss>
            """);

        Assert.Equal("Episode 12: the harbour master speaks", feed.Items[0].Summary);
        Assert.Null(feed.Items[0].Content);
    }
}
