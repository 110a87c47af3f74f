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

        var article = new ArticleExtractor().Extract(html, null);

        Assert.True(article.IsPartial);
        Assert.StartsWith("the page declares itself not free to read", article.PartialReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_JsonLdNotFreeButWholeTextServed_IsNotPartial()
    {
        var body = Teasers(40);
        var html = $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier sale","isAccessibleForFree":false}</script></head>
            <body><article>{{body}}</article></body></html>
            """;

        var article = new ArticleExtractor().Extract(html, null);

        Assert.True(article.Text.Length > 3_000);
        Assert.False(article.IsPartial);
    }

    [Fact]
    public void Extract_FarFewerWordsThanDeclared_IsPartial()
    {
        var body = Teasers(4);
        var html = $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier sale","wordCount":"1200"}</script></head>
            <body><article>{{body}}</article></body></html>
            """;

        var article = new ArticleExtractor().Extract(html, null);

        Assert.True(article.IsPartial);
        Assert.Equal("the page declares 1,200 words but holds 68 words", article.PartialReason);
    }

    [Fact]
    public void Extract_PaywallMarkerAndShortBody_IsPartial()
    {
        var html = $"<html><body><article>{Teaser}<div class=\"paywall-offer\"><p>Subscribe to continue reading.</p></div></article></body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.True(article.IsPartial);
        Assert.StartsWith("a paywall or subscription notice next to", article.PartialReason, StringComparison.Ordinal);
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
        var body = Teasers(20);
        var html = $"<html><body><article>{body}<div class=\"paywall-offer\">Subscribe for more.</div></article></body></html>";

        Assert.False(new ArticleExtractor().Extract(html, null).IsPartial);
    }

    [Fact]
    public void Extract_OneSentenceBodyWithoutMarkers_IsPartialVeryShort()
    {
        var article = new ArticleExtractor().Extract($"<html><body>{Teaser}</body></html>", null);

        Assert.True(article.IsPartial);
        Assert.Equal("a very short body (100 characters): only a teaser or summary", article.PartialReason);
    }

    [Fact]
    public void Extract_ShortButWholeBodyWithoutMarkers_IsNotPartial()
    {
        var body = Teasers(3);

        Assert.False(new ArticleExtractor().Extract($"<html><body><article>{body}</article></body></html>", null).IsPartial);
    }

    /// <summary>Distinct paragraphs of the teaser's length: a text rendered twice over keeps one copy (RepeatedCopies).</summary>
    private static string Teasers(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => Teaser.Replace("the old pier", $"pier number {i}", StringComparison.Ordinal)));
}
