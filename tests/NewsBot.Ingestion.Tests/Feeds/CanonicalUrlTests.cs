using NewsBot.Ingestion.Feeds;

namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class CanonicalUrlTests
{
    private static readonly Uri Feed = new("https://gazette.example/feeds/news.xml");

    [Theory]
    [InlineData("https://gazette.example/news/bridge", "https://gazette.example/news/bridge")]
    [InlineData("/news/bridge", "https://gazette.example/news/bridge")]
    [InlineData("bridge.html", "https://gazette.example/feeds/bridge.html")]
    [InlineData("https://Gazette.EXAMPLE/News/Bridge", "https://gazette.example/News/Bridge")]
    [InlineData("https://gazette.example/news/bridge#comments", "https://gazette.example/news/bridge")]
    [InlineData("https://gazette.example:443/news/bridge", "https://gazette.example/news/bridge")]
    [InlineData("http://gazette.example:8080/news/bridge", "http://gazette.example:8080/news/bridge")]
    [InlineData("https://gazette.example/news?utm_source=rss&utm_medium=feed", "https://gazette.example/news")]
    [InlineData("https://gazette.example/news?id=7&UTM_Campaign=x&fbclid=abc&page=2", "https://gazette.example/news?id=7&page=2")]
    [InlineData("https://gazette.example/news?gclid=1&mc_cid=2&_ga=3", "https://gazette.example/news")]
    [InlineData("https://reader:secret@gazette.example/news", "https://gazette.example/news")]
    [InlineData("  https://gazette.example/news  ", "https://gazette.example/news")]
    public void From_Link_Canonical(string link, string expected) =>
        Assert.Equal(expected, CanonicalUrl.From(link, Feed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("mailto:desk@gazette.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public void From_NoHttpLink_Null(string? link) => Assert.Null(CanonicalUrl.From(link, Feed));

    [Fact]
    public void From_SameStoryWithAndWithoutTracking_SameAddress() =>
        Assert.Equal(
            CanonicalUrl.From("https://gazette.example/a?ref=home", Feed),
            CanonicalUrl.From("https://GAZETTE.example/a?ref=home&utm_content=top#top", Feed));
}
