using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class PageTextChooserTests
{
    [Fact]
    public void Extract_PageOfManySectionsWithoutArticleSignals_KeepsEverySection()
    {
        var sections = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<section class=\"block-{i}\"><h2>Service {i}</h2><p>Our crew handles part {i} of your move, from packing the first box to the last signature, at a fixed price.</p></section>"));
        var html = $"<html><body><header><nav><a href=\"/\">Home</a></nav></header><main>{sections}</main><footer>Copyright Pellow Movers</footer></body></html>";

        var article = new ArticleExtractor().Extract(html, new Uri("https://pellow-movers.example/"));

        foreach (var i in Enumerable.Range(1, 6))
        {
            Assert.Contains($"Our crew handles part {i} of your move", article.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleBesideLinkLists_StaysAnArticle()
    {
        var links = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href=\"/s/{i}\">Another story number {i}, with a long link title</a></li>"));
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Paragraph {i} of the Brindle Point Post story, which explains, at length, why the tide mill stopped.</p>"));
        var html = $"<html><body><div><ul>{links}</ul></div><div class=\"post\">{paragraphs}</div></body></html>";

        var article = new ArticleExtractor().Extract(html, new Uri("https://brindle.example/tide-mill"));

        Assert.Equal(PageType.Article, article.PageType);
        Assert.DoesNotContain("Another story", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleHoldingMostOfThePagesProse_NeverReadsTheContentRegion()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>Paragraph {i} of the Brindle Point Post story on the tide mill, which stopped in May, and why.</p>"));
        var html = $"<html><body><nav><a href=\"/\">Home</a></nav><article>{paragraphs}</article><p>Brindle Point Post, 4 Quay Row</p></body></html>";
        var extractor = new ArticleExtractor();

        var article = extractor.Extract(html, new Uri("https://brindle.example/tide-mill"));

        Assert.Equal(PageType.Article, article.PageType);
        Assert.Contains("Paragraph 8 of the Brindle Point Post story", article.Text, StringComparison.Ordinal);
        Assert.Equal(1, extractor.Work.ArticlePaths);
        Assert.Equal(0, extractor.Work.RegionsFound);
    }
}
