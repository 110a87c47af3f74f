using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ArticleExtractorPaywallTests
{
    private const string Teaser = "<p>The Saltmarsh Ledger has learned that the county will sell the old pier, according to two officials.</p>";

    [Fact]
    public void Extract_JsonLdNotFreeToRead_IsPartial()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier sale","isAccessibleForFree":"False"}</script></head>
            <body><p>The Saltmarsh Ledger has learned that the county will sell the old pier.</p></body></html>
            """;

        Assert.True(new ArticleExtractor().Extract(html, null).IsPartial);
    }

    [Fact]
    public void Extract_PaywallMarkerAndShortBody_IsPartial()
    {
        var html = $"<html><body><article>{Teaser}<div class=\"paywall-offer\"><p>Subscribe to continue reading.</p></div></article></body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.True(article.IsPartial);
        Assert.DoesNotContain("Subscribe", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SubscriberNoticeTextAndShortBody_IsPartial()
    {
        var html = $"<html><body><article>{Teaser}<p>This article is for subscribers only.</p></article></body></html>";

        Assert.True(new ArticleExtractor().Extract(html, null).IsPartial);
    }

    [Fact]
    public void Extract_PaywallMarkerButFullBody_IsNotPartial()
    {
        var body = string.Concat(Enumerable.Repeat(Teaser, 20));
        var html = $"<html><body><article>{body}<div class=\"paywall-offer\">Subscribe for more.</div></article></body></html>";

        Assert.False(new ArticleExtractor().Extract(html, null).IsPartial);
    }

    [Fact]
    public void Extract_ShortBodyWithoutMarkers_IsNotPartial() =>
        Assert.False(new ArticleExtractor().Extract($"<html><body>{Teaser}</body></html>", null).IsPartial);
}
