using System.Text;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>Hostile or hollow pages finish with an empty or partial article that says why, never an exception.</summary>
public sealed class ArticleExtractorReasonTests
{
    private const string Sentence = "The Fernhill Observer reported that the ferry timetable changes on Monday, after a council vote. ";

    [Fact]
    public void Extract_TenThousandNestedDivsWithoutText_IsEmptyWithReason()
    {
        var html = $"<html><body>{Repeat("<div>", 10_000)}{Repeat("</div>", 10_000)}</body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Equal("", article.Text);
        Assert.True(article.IsPartial);
        Assert.Equal("the page has no readable text", article.EmptyReason);
    }

    [Fact]
    public void Extract_TenThousandNestedDivsAroundOneSentence_IsPartialVeryShort()
    {
        var html = $"<html><body>{Repeat("<div>", 10_000)}<p>{Sentence}</p>{Repeat("</div>", 10_000)}</body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Contains("ferry timetable", article.Text, StringComparison.Ordinal);
        Assert.True(article.IsPartial);
        Assert.StartsWith("a very short body", article.PartialReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FiveMegabyteSingleLine_ReadsTheStartAndSaysSo()
    {
        var html = "<html><body><article><p>" + Repeat(Sentence, 5_000_000 / Sentence.Length) + "</p></article></body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.StartsWith("The Fernhill Observer", article.Text, StringComparison.Ordinal);
        Assert.InRange(article.Text.Length, 1_000_000, 3_000_000);
        Assert.True(article.IsPartial);
        Assert.Equal("the page is longer than 3,000,000 characters; only its start was read", article.PartialReason);
    }

    [Fact]
    public void Extract_PageOfTinyNestedListsOverTheElementBudget_ReadsTheStartAndSaysSo()
    {
        var html = "<html><body><article><p>" + Sentence + "</p>" + Repeat("<ul><li>a<ul><li>b</li><li>c</li></ul></li></ul>", 10_000)
            + "<p>The closing paragraph nobody reaches.</p></article></body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.StartsWith("The Fernhill Observer", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("closing paragraph", article.Text, StringComparison.Ordinal);
        Assert.True(article.IsPartial);
        Assert.Equal("the page holds too many elements (over 30,000 tiny ones or 75,000 in all); only its start was read", article.PartialReason);
    }

    [Fact]
    public void Extract_ScriptOnlyPage_IsEmptyBecauseBuiltByJavaScript()
    {
        const string html = """
            <html><head><script src="/app.js"></script></head>
            <body><div id="root"></div><script>window.render({"headline": "Ferry timetable changes"});</script>
            <noscript>Enable JavaScript.</noscript></body></html>
            """;

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Equal("", article.Text);
        Assert.Equal("the page holds only scripts (2) and no readable text: it is built by JavaScript", article.EmptyReason);
        Assert.Null(article.PartialReason);
    }

    [Fact]
    public void Extract_OnlyNavigationLinks_IsEmptyWithBoilerplateReason()
    {
        const string html = """<html><body><nav><a href="/a">Home</a> <a href="/b">News</a> <a href="/c">Sport</a></nav></body></html>""";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Equal("", article.Text);
        Assert.StartsWith("no main text found", article.EmptyReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ControlCharactersInsteadOfMarkup_IsEmptyNotText()
    {
        var html = new string(Enumerable.Range(0, 10_000).Select(i => (char)(i % 32)).ToArray());

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Equal("", article.Text);
        Assert.StartsWith("the input is not text", article.EmptyReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WholeArticle_HasNoReason()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>{Sentence.Replace("Monday", $"day {i}", StringComparison.Ordinal)}</p>"));
        var html = $"<html><body><article>{paragraphs}</article></body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.False(article.IsPartial);
        Assert.Null(article.PartialReason);
        Assert.Null(article.EmptyReason);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
