using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>
/// Which credit wins: a brand credited in the tags gives way to a person the page shows; without any credit, the line
/// under the headline or the owner of a personal site, when they read as a person's name.
/// </summary>
public sealed class ArticleExtractorBylineSourcesTests
{
    private static readonly Uri PageUri = new("https://wrenfield-observer.example/news/tides.html");

    private const string OrganisationAuthor = """
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Tides","author":{"@type":"Organization","name":"Harbour Tools"}}</script>
        """;

    [Fact]
    public void Extract_AuthorTypedOrganisationAndAPersonInTheMarkup_ReadsThePerson() =>
        Assert.Equal("Nadia Kerrigan", Read(Page(OrganisationAuthor, """<span class="author-name">Nadia Kerrigan</span><p>Text of the story.</p>""")).Byline);

    [Fact]
    public void Extract_MetaAuthorNamedLikeTheHost_ReadsThePersonInTheMarkup() =>
        Assert.Equal("Nadia Kerrigan", Read(Page("""<meta name="author" content="Wrenfield Observer">""",
            """<span class="author-name">Nadia Kerrigan</span><p>Text of the story.</p>""")).Byline);

    [Fact]
    public void Extract_ReadersCommentMarkedAsItsAuthor_IsNoByline() =>
        Assert.Equal("Nadia Kerrigan", Read(Page("", """
            <h1>Tides</h1><p>By <a href="/author/nadia/">Nadia Kerrigan</a></p><p>Text of the story.</p>
            <ol class="comment-list"><li class="comment"><div class="comment-author vcard"><cite class="fn">Tomas Lindgren</cite> <span class="says">says:</span></div><p>Lovely tides.</p></li></ol>
            """)).Byline);

    [Fact]
    public void Extract_PersonFollowedByTheOutletName_DropsTheOutlet() =>
        Assert.Equal("Nadia Kerrigan", Read(Page(OrganisationAuthor + """<meta property="og:site_name" content="Harbour Tools">""",
            """<span class="author-name">Nadia Kerrigan Harbour Tools</span><p>Text of the story.</p>""")).Byline);

    [Fact]
    public void Extract_SiteCreditedAsOrganisationAndAPersonLabelledAsWriter_ReadsThePerson() =>
        Assert.Equal("Nadia Kerrigan, MD", Read(Page(OrganisationAuthor + """<meta property="og:site_name" content="Harbour Tools">""", """
            <h1>Tides</h1><p>Text of the story.</p><section><h2>Article written by:</h2><div><img src="/n.webp" alt="Portrait"><h3>Nadia Kerrigan, MD</h3></div></section>
            """)).Byline);

    [Fact]
    public void Extract_OrganisationOtherThanTheSiteAndAPersonLabelled_KeepsTheOrganisation() =>
        Assert.Equal("Harbour Tools", Read(Page(OrganisationAuthor + """<meta property="og:site_name" content="Wrenfield Observer">""", """
            <h1>Tides</h1><p>Text of the story.</p><figure><img src="/p.jpg" alt="Harbour"><figcaption>By Tomas Lindgren</figcaption></figure>
            """)).Byline);

    [Fact]
    public void Extract_AuthorTypedOrganisationAndATeamLabelledAsWriter_KeepsTheOrganisation() =>
        Assert.Equal("Harbour Tools", Read(Page(OrganisationAuthor, """
            <h1>Tides</h1><p>Text of the story.</p><p>Written by the Editorial Desk</p>
            """)).Byline);

    [Fact]
    public void Extract_AuthorTypedOrganisationAndNoPersonShown_KeepsTheOrganisation() =>
        Assert.Equal("Harbour Tools", Read(Page(OrganisationAuthor, """<span class="author-name">HR Strategy</span><p>Text of the story.</p>""")).Byline);

    [Fact]
    public void Extract_WebPageNodeCreditsAPersonAndMetaAuthorIsTheSite_ReadsThePerson() =>
        Assert.Equal("Nadia Kerrigan", Read(Page("""
            <meta name="author" content="Wrenfield Observer">
            <script type="application/ld+json">{"@type":"WebPage","headline":"Tides #18","author":{"@type":"Person","name":"Nadia Kerrigan"}}</script>
            """, "<p>Text of the newsletter.</p>")).Byline);

    [Fact]
    public void Extract_WebPageNodeCreditsAnOrganisation_IsNoByline() =>
        Assert.Null(Read(Page("""
            <script type="application/ld+json">{"@type":"WebPage","headline":"Tides","author":{"@type":"Organization","name":"Harbour Tools"}}</script>
            """, "<p>Text of the page.</p>")).Byline);

    [Fact]
    public void Extract_AuthorTypedOrganisationAndAHandleMarkedAsAuthor_ReadsTheHandle() =>
        Assert.Equal("TideWatcher42", Read(Page(OrganisationAuthor, """<a rel="author" href="/member/tidewatcher42">TideWatcher42</a><p>Text of the story.</p>""")).Byline);

    [Fact]
    public void Extract_PaperCitationAuthors_AreAllListed() =>
        Assert.Equal("Nadia Kerrigan, Tomas Lindgren", Read(Page("""
            <meta name="dc.creator" content="Nadia Kerrigan">
            <meta name="citation_author" content="Nadia Kerrigan"><meta name="citation_author" content="Tomas Lindgren">
            """, "<p>Text of the paper.</p>")).Byline);

    [Fact]
    public void Extract_CreditLineUnderTheHeadline_ReadsTheName() =>
        Assert.Equal("Nadia Kerrigan", Read(Page("", """
            <header><h1>Why the tides rose early</h1><p>Nadia Kerrigan | Senior Writer | July 2, 2025</p></header><p>Text of the story.</p>
            """)).Byline);

    [Fact]
    public void Extract_CreditAfterADateUnderTheHeadline_ReadsTheName() =>
        Assert.Equal("Nadia Kerrigan", Read(Page("", """
            <header><h1>Why the tides rose early</h1><p>03/01/2017 by Nadia Kerrigan, Harbour Committee Member</p></header><p>Text of the story.</p>
            """)).Byline);

    [Fact]
    public void Extract_SubtitleUnderTheHeadline_IsNoByline() =>
        Assert.Null(Read(Page("", """
            <header><h1>Why the tides rose early</h1><p>What the Harbour Gauges Showed</p></header><p>Text of the story.</p>
            """)).Byline);

    [Fact]
    public void Extract_PersonalSiteHomeLink_ReadsTheOwner() =>
        Assert.Equal("Tomas Lindgren", Read(Page("", """
            <nav><a href="/">Tomas Lindgren</a><a href="/posts/">Posts</a></nav><h1>Notes on tides</h1><p>Text of the post.</p>
            """)).Byline);

    [Fact]
    public void Extract_PersonalSiteCopyright_ReadsTheOwner() =>
        Assert.Equal("Tomas Lindgren", Read(Page("", """
            <h1>Notes on tides</h1><p>Text of the post.</p><footer>© 2025 Tomas Lindgren. All rights reserved.</footer>
            """)).Byline);

    [Fact]
    public void Extract_CompanyCopyrightAndHomeLink_IsNoByline() =>
        Assert.Null(Read(Page("", """
            <nav><a href="/">Home</a></nav><h1>Notes on tides</h1><p>Text of the post.</p><footer>© 2025 Harbour Tools Corporation. All rights reserved.</footer>
            """)).Byline);

    private static ArticleMetadata Read(string html) => new ArticleExtractor().Extract(html, PageUri).Metadata;

    private static string Page(string head, string body) => $"<html><head>{head}</head><body>{body}</body></html>";
}
