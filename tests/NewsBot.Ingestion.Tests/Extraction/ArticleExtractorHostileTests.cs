using System.Text;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>Hostile markup completes with bounded work instead of hanging or overflowing the stack.</summary>
public sealed class ArticleExtractorHostileTests
{
    private const string Prose = "The Larkspur Gazette reported that the harbour bridge reopened on Tuesday, after repairs.";

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    [InlineData("blockquote")]
    [InlineData("a")]
    [InlineData("table")]
    [InlineData("font")]
    public void Extract_DeepNesting_Completes(string tag)
    {
        var html = $"<html><body>{Repeat($"<{tag} class=\"x\">", 100_000)}<p>{Prose}</p>{Repeat($"</{tag}>", 100_000)}</body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Contains("harbour bridge", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MisnestedFormattingRepeated_Completes()
    {
        // The prose comes first: 60,000 tiny elements are over the element budget, which cuts what follows them.
        var html = $"<html><body><p>{Prose}</p>{Repeat("<b><i><u>x</b></i></u>", 20_000)}</body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Contains("harbour bridge", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UnclosedNestedLists_Completes()
    {
        var html = $"<html><body><p>{Prose}</p>{Repeat("<ul><li>item", 20_000)}</body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Contains("harbour bridge", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FiveMegabytePageOfNestedLists_ReadsTheStartAndMarksItPartial()
    {
        // 4.9 MB of nested list items: 400,000 elements, cut to the element budget before the parser builds them
        // (the soak's page of nested lists: 425 MB allocated before the cap, 132 MB with 75,000 elements, 58 MB with 30,000 tiny ones;
        // `bench nested-memory`).
        var html = $"<html><body><p>{Prose}</p>{Repeat("<ul><li>item", 400_000)}</body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Contains("harbour bridge", article.Text, StringComparison.Ordinal);
        Assert.True(article.IsPartial);
    }

    [Fact]
    public void Extract_HugeAttributeValues_Completes()
    {
        var huge = new string('a', 500_000);
        var html = $"<html><head><meta name=\"description\" content=\"{huge}\"><title>{huge}</title></head>"
            + $"<body><div class=\"{huge}\" id=\"{huge}\" style=\"{huge}\"><p>{Prose}</p></div></body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Contains("harbour bridge", article.Text, StringComparison.Ordinal);
        Assert.Null(article.Metadata.Excerpt);
    }

    [Fact]
    public void Extract_ThousandsOfElements_KeepsEveryParagraph()
    {
        var html = new StringBuilder("<html><body><article>");
        for (var i = 0; i < 20_000; i++)
        {
            html.Append("<div><p>Paragraph ").Append(i).Append(", with a comma, of the Larkspur story.</p><a href=\"/x\">link</a></div>");
        }

        var article = new ArticleExtractor().Extract(html.Append("</article></body></html>").ToString(), null);

        Assert.Contains("Paragraph 0,", article.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 19999,", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DeeplyNestedJsonLd_IsIgnored()
    {
        var json = Repeat("[", 10_000) + Repeat("]", 10_000);
        var html = $"<html><head><script type=\"application/ld+json\">{json}</script></head><body><p>{Prose}</p></body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Contains("harbour bridge", article.Text, StringComparison.Ordinal);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
