using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class PageTypeDetectorTests
{
    private static PageTypeVerdict Detect(string html, string url, ArticleMetadata? metadata = null)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return PageTypeDetector.Detect(document, new Uri(url), metadata ?? ArticleMetadata.Empty);
    }

    private static string WithJsonLd(string type) =>
        $$"""<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"{{type}}","name":"Thing"}]}</script></head><body><p>Some text of the page.</p></body></html>""";

    [Theory]
    [InlineData("NewsArticle", PageType.Article)]
    [InlineData("DiscussionForumPosting", PageType.Forum)]
    [InlineData("QAPage", PageType.Forum)]
    [InlineData("TechArticle", PageType.Documentation)]
    [InlineData("ItemList", PageType.Listing)]
    public void Detect_DeclaredSchemaType_NamesThePageType(string schemaType, PageType expected) =>
        Assert.Equal(expected, Detect(WithJsonLd(schemaType), "https://site.example/page").Type);

    [Fact]
    public void Detect_ProductWithOffer_IsProduct()
    {
        const string html = """<html><head><script type="application/ld+json">{"@type":"Product","name":"Kettle","offers":{"@type":"Offer","price":"20"}}</script></head><body></body></html>""";

        Assert.Equal(PageType.Product, Detect(html, "https://shop.example/kettle").Type);
    }

    [Fact]
    public void Detect_ProductGroupOpenGraph_IsCollection()
    {
        const string html = """<html><head><meta property="og:type" content="product.group"></head><body><p>Kettles</p></body></html>""";

        Assert.Equal(PageType.Collection, Detect(html, "https://shop.example/collections/kettles").Type);
    }

    [Fact]
    public void Detect_ManyPricesOnShopCategoryAddress_IsCollection()
    {
        var cards = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href=\"/p/{i}\">Kettle {i}</a> <span>${i + 10}.99</span></li>"));

        Assert.Equal(PageType.Collection, Detect($"<html><body><ul>{cards}</ul></body></html>", "https://shop.example/category/kettles").Type);
    }

    [Fact]
    public void Detect_ThreadAddressWithRepeatedPosts_IsForum()
    {
        var posts = string.Concat(Enumerable.Range(1, 6).Select(i => $"<div class=\"post\"><p>Reply {i} about the allotment shed roof.</p></div>"));

        Assert.Equal(PageType.Forum, Detect($"<html><body>{posts}</body></html>", "https://forum.allotments.example/t/shed-roof/812").Type);
    }

    [Theory]
    [InlineData("", PageType.Forum)]
    [InlineData(" itemscope itemtype=\"https://schema.org/FAQPage\"", PageType.Article)]
    public void Detect_RepeatedQuestionBlocksOnDeclaredFaq_IsNoThread(string declaration, PageType expected)
    {
        var blocks = string.Concat(Enumerable.Range(1, 6).Select(i => $"<div class=\"post\"><p>Does the Brindle kettle model {i} fit a narrow shelf?</p></div>"));

        Assert.Equal(expected, Detect($"<html><body><section{declaration}>{blocks}</section></body></html>", "https://shop.example/brindle-kettle").Type);
    }

    [Fact]
    public void Detect_DocsAddressWithCodeBlocks_IsDocumentation() =>
        Assert.Equal(PageType.Documentation, Detect(InventedPages.Documentation, "https://docs.tallowmere.example/docs/spooler").Type);

    [Fact]
    public void Detect_DatedAddressWithBylineAndDate_IsArticleWithEvidence()
    {
        var metadata = ArticleMetadata.Empty with { Byline = "Odile Marchetti", Published = new DateTimeOffset(2026, 2, 3, 8, 0, 0, TimeSpan.Zero) };

        var verdict = Detect("<html><body><p>The ferry runs again.</p></body></html>", "https://gazette.example/2026/02/03/ferry-runs-again-after-the-winter-storms", metadata);

        Assert.Equal(PageType.Article, verdict.Type);
        Assert.True(verdict.ArticleEvidence >= 3);
    }

    [Fact]
    public void Detect_PageWithoutSignals_IsArticleWithoutEvidence()
    {
        var verdict = Detect("<html><body><p>Welcome.</p></body></html>", "https://bakery.example/");

        Assert.Equal((PageType.Article, 0.0), (verdict.Type, verdict.ArticleEvidence));
    }
}
