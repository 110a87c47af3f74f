using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>Bylines name people: found in metadata or the page, cleaned of "By", dates, ages, contacts and agencies.</summary>
public sealed class ArticleExtractorBylineTests
{
    private static readonly Uri PageUri = new("https://wrenfield-observer.example/news/tides.html");

    [Theory]
    [InlineData("Par Sébastien Fauvel", "Sébastien Fauvel")]
    [InlineData("Von Jana Oberholz", "Jana Oberholz")]
    [InlineData("By Nadia Kerrigan March 25, 2015", "Nadia Kerrigan")]
    [InlineData("By Nadia Kerrigan, Updated 3/25/2015 4:12 PM", "Nadia Kerrigan")]
    [InlineData("Nadia Kerrigan • 8h", "Nadia Kerrigan")]
    [InlineData("Nadia Kerrigan —", "Nadia Kerrigan")]
    [InlineData("Tomas Lindgren (http://lindgren.example/tomas/)", "Tomas Lindgren")]
    [InlineData("Tomas Lindgren <tomas@lindgren.example>", "Tomas Lindgren")]
    [InlineData("AFP", null)]
    [InlineData("The Associated Press", null)]
    [InlineData("@wrenfieldnews", null)]
    [InlineData("Last Updated: January 7, 2025", null)]
    [InlineData("Text by Nadia Kerrigan", "Nadia Kerrigan")]
    [InlineData("Author Nadia Kerrigan", "Nadia Kerrigan")]
    [InlineData("Authors:Nadia Kerrigan, Tomas Lindgren", "Nadia Kerrigan, Tomas Lindgren")]
    [InlineData("ByNadia Kerrigan", "Nadia Kerrigan")]
    [InlineData("Byron Whitlock", "Byron Whitlock")]
    [InlineData("Post by reedwarbler »", "reedwarbler")]
    [InlineData("Nadia Kerrigan2022-11-23T08:10+02:00", "Nadia Kerrigan")]
    [InlineData("& Nadia Kerrigan", "Nadia Kerrigan")]
    [InlineData("page.head.extra.author", null)]
    [InlineData("262588213843476", null)]
    [InlineData("n.kerrigan", "n.kerrigan")]
    [InlineData("Nadia Kerrigan, MD*", "Nadia Kerrigan, MD")]
    public void Clean_BylineVariants_KeepOnlyThePeople(string value, string? expected) =>
        Assert.Equal(expected, BylineCleaner.Clean(value));

    [Theory]
    [InlineData("Tomas Lindgren Senior Autos Reporter", "Tomas Lindgren")]
    [InlineData("Tomas Lindgren Content Marketing Coordinator", "Tomas Lindgren")]
    [InlineData("Tomas Lindgren Writer, Hardware", "Tomas Lindgren")]
    [InlineData("Ria van der Velde Senior Writer", "Ria van der Velde")]
    [InlineData("Mary Ann Whitlock Writer", "Mary Ann Whitlock")]
    [InlineData("Tomas Lindgren", "Tomas Lindgren")]
    [InlineData("Tomas Lindgren, Shipping Expert", "Tomas Lindgren, Shipping Expert")]
    public void Clean_NameFollowedByAJobTitle_KeepsTheName(string value, string expected) =>
        Assert.Equal(expected, BylineCleaner.Clean(value));

    [Theory]
    [InlineData("BWT Travel Editor, SMT", "BWT Travel Editor, SMT")]
    [InlineData("Harborline Blog Contributor", "Harborline Blog Contributor")]
    public void Clean_OutletDeskCreditNamedByItsRole_KeepsTheRole(string value, string expected) =>
        Assert.Equal(expected, BylineCleaner.Clean(value));

    [Fact]
    public void Extract_BylineSetInSeparateBoxes_ReadsAsWords() =>
        Assert.Equal("Oona Castellanos", Read(Page("", """
            <div class="author-wrap"><div>By</div><div>Oona Castellanos</div><div>-</div></div><p>Text of the story.</p>
            """)).Byline);

    [Fact]
    public void Extract_MicrodataAuthorNamedOnlyInAMetaTag_IsRead() =>
        Assert.Equal("Oona Castellanos", Read(Page("", """
            <div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Oona Castellanos"></div>
            <p>Text of the story.</p>
            """)).Byline);

    [Fact]
    public void Extract_DublinCoreCreator_IsPreferredToMetaAuthor() =>
        Assert.Equal("Oona Castellanos", Read(Page("""
            <meta name="author" content="Wrenfield Web Team"><meta property="dc:creator" content="Oona Castellanos">
            """)).Byline);

    [Fact]
    public void Extract_RepeatedAuthorMetas_ListEveryPersonSeparatedBySemicolons() =>
        Assert.Equal("Kerrigan, N.; Lindgren, Tomas", Read(Page("""
            <meta name="DC.Creator" content="Kerrigan, N."><meta name="DC.Creator" content="Lindgren, Tomas">
            """)).Byline);

    [Fact]
    public void Extract_AgencyItempropAuthor_FallsThroughToTheNamedByline() =>
        Assert.Equal("Oona Castellanos", Read(Page("", """
            <span itemprop="author"><span itemprop="name">AFP</span></span>
            <span class="author">Par<span class="authorname"> Oona Castellanos</span></span><p>Text of the story.</p>
            """)).Byline);

    [Fact]
    public void Extract_AuthorBoxWithRole_KeepsTheLinkedName() =>
        Assert.Equal("Oona Castellanos", Read(Page("", """
            <div class="author"><a class="author-link" href="/author/oona-castellanos">Oona Castellanos</a>
            <div class="author-title">Science Editor</div></div><p>Text of the story.</p>
            """)).Byline);

    [Fact]
    public void Extract_AuthorNameElement_IsPreferredToAWiderByline() =>
        Assert.Equal("Oona Castellanos", Read(Page("", """
            <div class="byline"><span class="author-name">Oona Castellanos</span> <span class="age">8h</span> <a href="/share">Share</a></div>
            <p>Text of the story.</p>
            """)).Byline);

    [Fact]
    public void Extract_CamelCaseBylineClass_IsFoundAndLosesItsDate() =>
        Assert.Equal("Oona Castellanos", Read(Page("", """
            <div class="FeatureByline">By <b>Oona Castellanos</b><br>March 25, 2015</div><p>Text of the story.</p>
            """)).Byline);

    [Fact]
    public void Extract_JsonLdPublisher_IsPreferredToThePlatformSiteName() =>
        Assert.Equal("Wrenfield Engineering", Read(Page("""
            <meta property="og:site_name" content="Blogplatform">
            <script type="application/ld+json">{"@type":"BlogPosting","headline":"Tides","publisher":{"@type":"Organization","name":"Wrenfield Engineering"}}</script>
            """)).SiteName);

    private static ArticleMetadata Read(string html) => new ArticleExtractor().Extract(html, PageUri).Metadata;

    private static string Page(string head, string body = "<p>Body text of the Wrenfield Observer article, long enough to read.</p>") =>
        $"<html><head>{head}</head><body>{body}</body></html>";
}
