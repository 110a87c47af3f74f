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
    [Fact]
    public void Extract_ItemTableWhoseArticleTextIsAResultCount_ReturnsTheItems()
    {
        var rows = string.Concat(Enumerable.Range(1, 10).Select(i =>
            $"<tr><td><a href=\"/reels/{i}\">Tansy Creek fly reel number {i}, large arbor</a></td><td><a href=\"/reels/{i}#buy\">Details</a></td></tr>"));
        var html = $"<html><body><div class=\"wrap\"><h1>Fly reels</h1><p>Products 1-10 of 34</p><table>{rows}</table></div></body></html>";

        var article = new ArticleExtractor().Extract(html, new Uri("https://tansy-creek.example/reels"));

        Assert.Equal(PageType.Service, article.PageType);
        Assert.Contains("Tansy Creek fly reel number 1, large arbor", article.Text, StringComparison.Ordinal);
        Assert.Contains("Tansy Creek fly reel number 10, large arbor", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TwoSentenceBriefBesideLinkTable_StaysAnArticle()
    {
        var html = BriefBesideLinkTable(
            "<p>The Harlow ferry will not run on Saturday while its ramp is repaired. Crews from the county expect to finish by Sunday noon, and the first crossing after that will leave at one.</p>",
            head: "");

        var article = new ArticleExtractor().Extract(html, new Uri("https://harlow-gazette.example/ferry"));

        Assert.Equal(PageType.Article, article.PageType);
        Assert.StartsWith("The Harlow ferry will not run on Saturday", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another Harlow Gazette story", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OneSentenceFlashWithBylineAndDate_StaysAnArticle()
    {
        var html = BriefBesideLinkTable(
            "<p>The Harlow ferry will not run on Saturday while crews repair its ramp.</p>",
            head: "<meta name=\"author\" content=\"Mina Corrow\"><meta property=\"article:published_time\" content=\"2026-03-02T08:00:00Z\">");

        var article = new ArticleExtractor().Extract(html, new Uri("https://harlow-gazette.example/ferry"));

        Assert.Equal(PageType.Article, article.PageType);
        Assert.Equal("The Harlow ferry will not run on Saturday while crews repair its ramp.", article.Text);
    }

    [Fact]
    public void Extract_ServicePageWhoseArticleTextIsOneSection_ReturnsTheWholeRegion()
    {
        var article = new ArticleExtractor().Extract(SurveyPage(), new Uri("https://orrin-surveys.example/services/land-survey"));

        Assert.Equal(PageType.Service, article.PageType);
        Assert.Contains("Every Orrin survey starts at the county archive", article.Text, StringComparison.Ordinal);
        Assert.Contains("the lanes that cross them, number 5", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SamePageWithoutAnotherTypesEvidence_KeepsTheArticleText()
    {
        var article = new ArticleExtractor().Extract(SurveyPage(), new Uri("https://orrin-surveys.example/land-survey"));

        Assert.Equal(PageType.Article, article.PageType);
        Assert.Contains("Every Orrin survey starts at the county archive", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("the lanes that cross them", article.Text, StringComparison.Ordinal);
    }

    /// <summary>A long prose section, then cards whose long titles are links: the article path reads the prose alone, and the
    /// prose comparison (links not counted) keeps it; counted in words, the region holds as many again.</summary>
    private static string SurveyPage()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<p>Every Orrin survey starts at the county archive, where part {i} of the old deeds is read, compared with the fences you "
            + "see today, and marked on a plan that our surveyors, who have walked these valleys for thirty years, sign themselves.</p>"));
        var cards = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<div class=\"card\"><a href=\"/services/{i}\">Boundary survey for a farm of the upper valley, its woods, its streams and the lanes "
            + $"that cross them, number {i}</a> <span>Fixed price, plan within ten days of the visit.</span></div>"));
        return $"<html><body><header><nav><a href=\"/\">Home</a></nav></header><main><section class=\"about\"><h2>How we survey</h2>{paragraphs}</section>"
            + $"<section class=\"types\"><h2>Our survey types</h2>{cards}</section></main><footer>Orrin Surveys, 2 Mill Lane</footer></body></html>";
    }

    private static string BriefBesideLinkTable(string brief, string head)
    {
        var rows = string.Concat(Enumerable.Range(1, 10).Select(i =>
            $"<tr><td><a href=\"/news/{i}\">Another Harlow Gazette story number {i}, with a long headline</a></td><td><a href=\"/news/{i}#c\">Comments</a></td></tr>"));
        return $"<html><head><title>Ferry stops for a day</title>{head}</head><body><div class=\"wrap\"><h1>Ferry stops for a day</h1><div class=\"story\">{brief}</div><table>{rows}</table></div></body></html>";
    }
}
