using System.Text.Json;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>Invented pages whose article only one of the candidates can see.</summary>
public sealed class ArticleExtractorCandidateTests
{
    private const string Navigation =
        "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a> <a href=\"/weather\">Weather</a></nav></header>";

    private const string Footer =
        "<footer><ul><li><a href=\"/about\">About the Tamsey Tribune</a></li><li><a href=\"/contact\">Contact</a></li></ul>"
        + "<p>© 2026 Tamsey Tribune. All rights reserved.</p></footer>";

    private static readonly string[] Paragraphs =
    [
        "The Tamsey river ferry will run every twenty minutes from Monday, the harbour board announced after a vote on Thursday evening.",
        "Board chair Ilse Marrow said the change followed a year of complaints about crowded morning crossings and missed connections.",
        "\"We listened to the people who use the ferry every day, and we heard them,\" Marrow said, adding that fares would not rise.",
        "Two refitted boats will join the service, and the evening timetable will be extended until half past eleven on weekdays.",
    ];

    [Theory]
    [InlineData("story")]
    [InlineData("teaser-text")]
    [InlineData("brief-widget overflow-hidden")]
    public void Extract_ShortBrief_ReturnsItsTextAndIsNotPartial(string wrapperClass)
    {
        const string brief = "Quillon Bay's library reopens on Saturday after a three-month roof repair, the town council said. "
            + "The children's reading room moves to the ground floor, and late opening on Thursdays returns. "
            + "\"The building is dry, warm and ready for readers again,\" librarian Petra Vollan said. "
            + "Books borrowed before the closure can be returned without fines until the end of the month.";
        var html = $"<html><head><title>Library reopens - Quillon Bay Post</title></head><body>{Navigation}"
            + $"<main><div class=\"{wrapperClass}\"><h1>Library reopens</h1><p>{brief}</p></div>"
            + "<aside><h2>Most read</h2><ul><li><a href=\"/a\">Harbour festival dates set</a></li><li><a href=\"/b\">Ferry fares frozen</a></li></ul></aside></main>"
            + $"{Footer}</body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Equal(brief, article.Text);
        Assert.False(article.IsPartial);
        Assert.Null(article.PartialReason);
    }

    [Fact]
    public void Extract_BodyOnlyInJsonLd_ReturnsTheArticleBodyParagraphs()
    {
        var jsonLd = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = "Ferry to run every twenty minutes",
            ["articleBody"] = string.Join("\n\n", Paragraphs),
        });
        var html = $"<html><head><script type=\"application/ld+json\">{jsonLd}</script></head><body>{Navigation}"
            + "<div id=\"app\"><div class=\"loading\">Loading the story…</div></div>"
            + $"{Footer}</body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Equal(string.Join("\n\n", Paragraphs), article.Text);
        Assert.Equal("json-ld", article.TextSource);
    }

    [Fact]
    public void Extract_BodyOnlyInNextData_ReturnsTheContentElementsInOrder()
    {
        var state = JsonSerializer.Serialize(new
        {
            props = new
            {
                pageProps = new
                {
                    story = new
                    {
                        headline = "Ferry to run every twenty minutes",
                        related = new[] { new { title = "Harbour festival dates set", url = "/a" } },
                        body = Paragraphs.Select(p => new { type = "paragraph", content = new[] { new { text = p } } }),
                    },
                },
            },
            page = "/news/[slug]",
        });
        var html = $"<html><head></head><body>{Navigation}<div id=\"__next\"></div>"
            + $"<script id=\"__NEXT_DATA__\" type=\"application/json\">{state}</script>{Footer}</body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Equal(string.Join("\n\n", Paragraphs), article.Text);
        Assert.Equal("page-state", article.TextSource);
    }

    [Fact]
    public void Extract_DomAndJsonLdAgree_KeepsTheDomBlocks()
    {
        var jsonLd = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@type"] = "NewsArticle",
            ["articleBody"] = string.Join(" ", Paragraphs),
        });
        var html = $"<html><head><script type=\"application/ld+json\">{jsonLd}</script></head><body>{Navigation}"
            + $"<article>{string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"))}</article>{Footer}</body></html>";

        var article = new ArticleExtractor().Extract(html, null);

        Assert.Equal(string.Join("\n\n", Paragraphs), article.Text);
        Assert.Equal("dom", article.TextSource);
    }
}
