using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>
/// Credits read when a page declares none: a site or business name in a home link or copyright line that only looks
/// like a person's is no owner, and a line under the headline that lists several people with their credentials is read.
/// </summary>
public sealed class ArticleExtractorOwnerCreditTests
{
    private static readonly Uri PageUri = new("https://lindgren-notes.example/blog/notes-on-tides");

    [Theory]
    [InlineData("Tomas Lindgren Home")]
    [InlineData("Nadia's Blog")]
    [InlineData("Nadia Platforms")]
    public void Extract_HomeLinkNamingASiteOrBusiness_IsNoByline(string name) =>
        Assert.Null(Read(Page("", $"""
            <nav><a href="/">{name}</a><a href="/posts/">Posts</a></nav><h1>Notes on tides</h1><p>Text of the post.</p>
            """)).Byline);

    [Fact]
    public void Extract_CopyrightNamingABusiness_IsNoByline() =>
        Assert.Null(Read(Page("", """
            <h1>Notes on tides</h1><p>Text of the post.</p><footer>© 2025 Nadia Platforms. All rights reserved.</footer>
            """)).Byline);

    [Fact]
    public void Extract_LongCreditListUnderTheHeadline_ReadsTheFirstPerson() =>
        Assert.Equal("Nadia Kerrigan", Read(Page("", """
            <header><h1>Caring for a young harbour seal</h1><div>Nadia Kerrigan, DVM, DACVB; Tomas Lindgren, BA, LVT, VTS (Marine Mammals); Ingrid Holm, DVM, MSc &amp; Peter Vance, DVM, DACVIM</div></header><p>Text of the guide.</p>
            """)).Byline);

    [Fact]
    public void Extract_LongStandfirstUnderTheHeadline_IsNoByline() =>
        Assert.Null(Read(Page("", """
            <header><h1>Caring for a young harbour seal</h1><p>Nadia Kerrigan, who has raised seal pups for twenty years on the northern coast, explains what to feed them, when to call a rescue team and why you should never carry a pup to the water yourself.</p></header><p>Text of the guide.</p>
            """)).Byline);

    private static ArticleMetadata Read(string html) => new ArticleExtractor().Extract(html, PageUri).Metadata;

    private static string Page(string head, string body) => $"<html><head>{head}</head><body>{body}</body></html>";
}
