using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>
/// What a byline row or a shop page shows that names no writer: a subject tag, an edit-history link, a reviewer's or
/// a testimonial's name. A declared author still counts on a shop page.
/// </summary>
public sealed class ArticleExtractorBylineNoiseTests
{
    private static readonly Uri PageUri = new("https://wrenfield-observer.example/blog/tide-tables");

    private const string Story = "<p>The tide tables for the Wrenfield estuary were revised this spring after the survey of the harbour channel.</p>";

    [Fact]
    public void Extract_BylineRowHoldingOnlyASubjectTagAndADate_IsNoByline() =>
        Assert.Null(Extract($"""
            <div class="post__byline"><ul><li><a class="tag" href="/blog/tag/harbour-life">Harbour life</a></li></ul><span>March 3, 2025</span></div>
            <h1>Tide tables</h1>{Story}
            """).Byline);

    [Fact]
    public void Extract_BylineRowWithATagAndAWriter_ReadsTheWriter() =>
        Assert.Equal("Nadia Kerrigan", Extract($"""
            <div class="post__byline"><a href="/blog/category/harbour">Harbour</a> Nadia Kerrigan</div><h1>Tide tables</h1>{Story}
            """).Byline);

    [Fact]
    public void Extract_EditHistoryLinkInTheByline_IsNoByline() =>
        Assert.Equal("Nadia Kerrigan", Extract($"""
            <h1>Tide tables</h1><div class="byline-edit-history"><a href="#history">History</a></div>
            <div class="byline-contributor"><a href="/contributor/nadia-kerrigan">Nadia Kerrigan</a></div>{Story}
            """).Byline);

    [Fact]
    public void Extract_ProductPageWithAReviewersName_IsNoByline() =>
        Assert.Null(Extract("""
            <h1>Harbour Tide Clock</h1><p>A brass clock that shows the tide.</p>
            <div class="review"><p class="review-author">By Tomas L., Verified buyer</p><p>Keeps good time.</p></div>
            """, PageType.Product).Byline);

    [Fact]
    public void Extract_ProductPageDeclaringAnAuthor_KeepsIt() =>
        Assert.Equal("Nadia Kerrigan", Extract("""
            <h1>Harbour Tide Clock</h1><p>A brass clock that shows the tide.</p>
            """, PageType.Product, """<meta name="author" content="Nadia Kerrigan">""").Byline);

    private static ArticleMetadata Extract(string body, PageType? type = null, string head = "") =>
        new ArticleExtractor().Extract($"<html><head><title>Tide tables</title>{head}</head><body>{body}</body></html>", PageUri, type).Metadata;
}
