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
    public void Extract_DeclaredPostUnderALongCommentList_StaysAnArticleWithoutTheComments()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Step {i} of the Fennick Acre garden spray: steep the onion skins and the mint overnight, strain them, and add a spoon of soap before you spray.</p>"));
        var comments = string.Concat(Enumerable.Range(1, 40).Select(i =>
            $"<li class=\"comment depth-1\"><article><footer class=\"comment-meta\"><b class=\"fn\">Reader {i}</b></footer><div class=\"comment-content\">"
            + $"<p>Comment {i}: I tried this on my beans and my cabbages last summer and it kept the beetles away for weeks, although the rain washed it off twice and I had to spray again.</p></div></article></li>"));
        var html = DeclaredPostWithDiscussion(paragraphs, $"<div class=\"entry-comments\" id=\"comments\"><h3>40 Comments</h3><ol class=\"comment-list\">{comments}</ol></div>");

        var article = new ArticleExtractor().Extract(html, new Uri("https://fennick-acre.example/2026/04/garden-spray"));

        Assert.Equal(PageType.Article, article.PageType);
        Assert.Contains("Step 5 of the Fennick Acre garden spray", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comment 1:", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DeclaredThreadWhoseRepliesSectionIsOnlyIdentifiedAsComments_KeepsTheReplies()
    {
        var replies = string.Concat(Enumerable.Range(1, 40).Select(i =>
            $"<div class=\"thread-reply\"><b>member{i}</b><p>Reply {i}: I tried this on my beans and my cabbages last summer and it kept the beetles away for weeks, although the rain washed it off twice and I had to spray again.</p></div>"));
        var html = DeclaredPostWithDiscussion(
            "<p>Has anyone kept beetles off their beans with onion skins and mint steeped overnight, or is it a waste of a good onion?</p>",
            $"<section id=\"comments\" class=\"discussion-board\">{replies}</section>");

        var article = new ArticleExtractor().Extract(html, new Uri("https://fennick-acre.example/board/1234-pantry-spray"));

        Assert.Contains("Reply 40:", article.Text, StringComparison.Ordinal);
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

    /// <summary>A post with a byline and a date, then the discussion under it.</summary>
    private static string DeclaredPostWithDiscussion(string post, string discussion) =>
        "<html><head><meta name=\"author\" content=\"Wren Halloway\"><meta property=\"article:published_time\" content=\"2026-04-02T08:00:00Z\"></head><body>"
        + $"<div class=\"content\"><article class=\"post\"><h1>A garden spray from the pantry</h1><div class=\"entry-content\">{post}</div></article>{discussion}</div></body></html>";

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
