namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class FeedParserAtomTests
{
    [Fact]
    public void Parse_Atom10_ReadsFeedFields()
    {
        var feed = FeedFixtures.Parse("atom10.xml", "https://riverside-courier.example/blog/feed.atom");

        Assert.Equal("atom10", feed.Format);
        Assert.Equal("Riverside Courier", feed.Title);
        Assert.Equal("Stories <em>from</em> the river", feed.Subtitle);
        Assert.Equal("https://riverside-courier.example/blog/", feed.Link);
        Assert.Equal("tag:riverside-courier.example,2026:blog", feed.Id);
        Assert.Equal("Copyright Riverside Courier", feed.Rights);
        Assert.Equal("Inkwell", feed.Generator);
        Assert.Equal("Pia Lenthwaite (pia@riverside-courier.example)", feed.Author);
        Assert.Equal("en", feed.Language);
        Assert.Equal(FeedFixtures.Utc("2026-11-28T12:00:00Z"), feed.Updated);
    }

    [Fact]
    public void Parse_Atom10Entry_ResolvesLinksAgainstXmlBase()
    {
        var feed = FeedFixtures.Parse("atom10.xml");

        Assert.Equal("https://riverside-courier.example/blog/2026/11/flood-barrier", feed.Items[0].Link);
        Assert.Equal("https://riverside-courier.example/sport/rowing-final", feed.Items[1].Link);
    }

    [Fact]
    public void Parse_Atom10InlineXhtml_SerialisedWithoutWrappingDiv()
    {
        var entry = FeedFixtures.Parse("atom10.xml").Items[0];

        Assert.Equal("Engineers watched the <b>barrier</b> hold. <a href=\"https://riverside-courier.example/blog/photos/1.jpg\">Photo</a>", entry.Content);
        Assert.Equal("<p>The barrier held.</p>", entry.Summary);
    }

    [Fact]
    public void Parse_Atom10Entry_ReadsDatesAuthorCategoryRights()
    {
        var feed = FeedFixtures.Parse("atom10.xml");
        var first = feed.Items[0];

        Assert.Equal(FeedFixtures.Utc("2026-11-27T08:00:00Z"), first.Published);
        Assert.Equal(FeedFixtures.Utc("2026-11-27T09:30:00Z"), first.Updated);
        Assert.Equal("Oskar Fenwright", first.Author);
        Assert.Equal(["Weather"], first.Categories);
        Assert.Equal("Rowing club wins &amp; celebrates", feed.Items[1].Title);
        Assert.Equal("CC BY 4.0", feed.Items[1].Rights);
    }

    [Fact]
    public void Parse_Atom03_DecodesBase64AndKeepsXmlModeMarkup()
    {
        var feed = FeedFixtures.Parse("atom03.xml");
        var entry = Assert.Single(feed.Items);

        Assert.Equal("atom03", feed.Format);
        Assert.Equal("Village life, weekly", feed.Subtitle);
        Assert.Equal("https://meadowbrook-weekly.example/", feed.Link);
        Assert.Equal("Meadowbrook Weekly", feed.Rights);
        Assert.Equal(FeedFixtures.Utc("2026-11-20T09:00:00Z"), feed.Updated);
        Assert.Equal("<p>The fete raised <b>\u00a34,200</b>.</p>", entry.Content);
        Assert.Equal("<div>A <i>record</i> year</div>", entry.Summary);
        Assert.Equal("urn:meadowbrook:fete-2026", entry.Id);
        Assert.Equal(FeedFixtures.Utc("2026-11-19T20:00:00Z"), entry.Published);
        Assert.Equal(FeedFixtures.Utc("2026-11-19T21:00:00Z"), entry.Updated);
    }
}
