using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

/// <summary>A thread's byline is whoever started it: the first post's author, not the page's metadata or a later reply.</summary>
public sealed class ForumStarterTests
{
    private static readonly Uri ThreadUri = new("https://forum.wrenfield.example/threads/feeder-keeps-tipping-over.42/");

    [Fact]
    public void Extract_ThreadOfTenPosts_BylineIsTheFirstPostsAuthor()
    {
        var result = new ArticleExtractor().Extract(InventedPages.Forum(10), ThreadUri);

        Assert.Equal(PageType.Forum, result.PageType);
        Assert.Equal("member1", result.Metadata.Byline);
    }

    [Fact]
    public void Extract_ThreadWhoseMetadataNamesSomeoneElse_BylineIsStillTheStarter()
    {
        var html = InventedPages.Forum(6).Replace("<title>", "<meta name=\"author\" content=\"Wrenfield Moderators\"><title>", StringComparison.Ordinal);

        Assert.Equal("member1", new ArticleExtractor().Extract(html, ThreadUri).Metadata.Byline);
    }

    [Fact]
    public void Extract_PostsMarkingTheirAuthorByClass_BylineIsTheFirstUsername()
    {
        var posts = string.Concat(Enumerable.Range(1, 6).Select(i => $"""
            <div class="post"><div class="postleft"><span class="username">heron{i}</span></div>
            <div class="postbody"><p>Reply {i}: the gravel in the base stopped the feeder from tipping in the wind.</p></div></div>
            """));
        var html = $"<html><head><title>Feeder keeps tipping over</title></head><body><main><h1>Feeder keeps tipping over</h1>{posts}</main></body></html>";

        var result = new ArticleExtractor().Extract(html, ThreadUri);

        Assert.Equal(PageType.Forum, result.PageType);
        Assert.Equal("heron1", result.Metadata.Byline);
    }

    [Fact]
    public void Extract_Article_KeepsItsOwnByline()
    {
        var html = """
            <html><head><meta name="author" content="Oona Castellanos"><title>Tides</title></head><body><article><h1>Tides</h1>
            <p>The tide tables for the Wrenfield estuary were revised this spring after the survey of the harbour channel.</p></article></body></html>
            """;

        Assert.Equal("Oona Castellanos", new ArticleExtractor().Extract(html, new Uri("https://wrenfield-observer.example/news/tides.html")).Metadata.Byline);
    }

    [Fact]
    public void Extract_ThreadDeclaredAsWebPagesMainEntity_HeadlineWithoutTheForumsLabel()
    {
        var html = InventedPages.Forum(6)
            .Replace("<h1>Feeder keeps tipping over</h1>", "<h1><span class=\"label\">Help</span>&nbsp;Feeder keeps tipping over</h1>", StringComparison.Ordinal)
            .Replace("\"@type\":\"DiscussionForumPosting\",\"headline\":\"Feeder keeps tipping over\"", "\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Feeder keeps tipping over\"}", StringComparison.Ordinal);

        var result = new ArticleExtractor().Extract(html, ThreadUri);

        Assert.Equal(PageType.Forum, result.PageType);
        Assert.Equal("Feeder keeps tipping over", result.Metadata.Headline);
    }

    [Theory]
    [InlineData("<div class=\"p-description\"><ul><li><span class=\"u-srOnly\">Thread starter</span> <a href=\"/members/member3\">member3</a></li></ul></div>", "member3")]
    [InlineData("<p>Started by Ingrid Falk, June 04, 2024, 11:23:55 AM</p>", "Ingrid Falk")]
    [InlineData("<p>Topic starter: heron_watcher</p>", "heron_watcher")]
    public void Extract_ThreadNamingItsStarter_BylineIsTheNamedStarter(string starterLine, string expected)
    {
        var html = InventedPages.Forum(6).Replace("<h1>Feeder keeps tipping over</h1>", "<h1>Feeder keeps tipping over</h1>" + starterLine, StringComparison.Ordinal);

        Assert.Equal(expected, new ArticleExtractor().Extract(html, ThreadUri).Metadata.Byline);
    }

    [Fact]
    public void Extract_SentenceOpeningWithStartedBy_BylineIsStillTheFirstPostsAuthor()
    {
        var html = InventedPages.Forum(6).Replace("<h1>Feeder keeps tipping over</h1>", "<h1>Feeder keeps tipping over</h1><p>Started by planting seeds, the garden fed the warblers all winter.</p>", StringComparison.Ordinal);

        Assert.Equal("member1", new ArticleExtractor().Extract(html, ThreadUri).Metadata.Byline);
    }

    [Theory]
    [InlineData("<p>Started by Ingrid Falk, June 04, 2024, 11:23:55 AM</p>", "Ingrid Falk")]
    [InlineData("<p><span>Thread starter</span> <a href=\"/members/kestrel9\">kestrel9</a></p>", "kestrel9")]
    [InlineData("<p>Started by Harbour Trust, the tide survey ran for a year before the channel was dredged.</p>", "Oona Castellanos")]
    public void Extract_PageNotTakenForAThread_StarterOnlyWhenItsLabelOrDateSaysThread(string line, string expected)
    {
        var html = $"""
            <html><head><meta name="author" content="Oona Castellanos"><title>Tides</title></head><body><article><h1>Tides</h1>{line}
            <p>The tide tables for the Wrenfield estuary were revised this spring after the survey of the harbour channel.</p></article></body></html>
            """;

        Assert.Equal(expected, new ArticleExtractor().Extract(html, new Uri("https://wrenfield-observer.example/news/tides.html")).Metadata.Byline);
    }
}
