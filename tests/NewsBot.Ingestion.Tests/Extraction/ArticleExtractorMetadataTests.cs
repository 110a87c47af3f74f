using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ArticleExtractorMetadataTests
{
    private static readonly Uri PageUri = new("https://larkspur-gazette.example/news/2024/harbour-bridge-reopens?ref=feed");

    private static NewsBot.Core.Articles.ArticleMetadata Read(string html) => new ArticleExtractor().Extract(html, PageUri).Metadata;

    private static string Page(string head, string body = "<p>Body text of the Wrenfield Observer article, long enough to read.</p>") =>
        $"<html><head>{head}</head><body>{body}</body></html>";

    [Fact]
    public void Extract_NewsPage_ReadsMetaTags()
    {
        var article = new ArticleExtractor().Extract(Fixtures.Read("larkspur-gazette.html"), PageUri);
        var metadata = article.Metadata;

        Assert.Equal("Harbour bridge reopens after two-year repair", metadata.Title);
        Assert.Equal("Mirela Okonkwo", metadata.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero), metadata.Modified);
        Assert.Equal("The Larkspur Gazette", metadata.SiteName);
        Assert.Equal("en-GB", metadata.Language);
        Assert.Equal("https://larkspur-gazette.example/news/2024/harbour-bridge-reopens", metadata.CanonicalUrl);
        Assert.Equal("https://larkspur-gazette.example/images/bridge.jpg", metadata.Image);
        Assert.Equal("The Larkspur harbour bridge carries traffic again after a two-year repair.", metadata.Excerpt);
        Assert.Equal(PageUri.AbsoluteUri, article.Url);
    }

    [Theory]
    [InlineData("Council votes on the ferry budget | Wrenfield Observer", "Council votes on the ferry budget")]
    [InlineData("Council votes on the ferry budget - Wrenfield Observer", "Council votes on the ferry budget")]
    [InlineData("Council votes on the ferry budget – Wrenfield Observer", "Council votes on the ferry budget")]
    [InlineData("Wrenfield - Holt road closed", "Wrenfield - Holt road closed")]
    [InlineData("Council votes on the ferry budget", "Council votes on the ferry budget")]
    public void Extract_TitleElement_LosesSiteSuffix(string title, string expected) =>
        Assert.Equal(expected, Read(Page($"<title>{title}</title>")).Title);

    [Fact]
    public void Extract_OnlyHeadingIsOnePartOfTitle_UsesHeading() =>
        Assert.Equal("Harbour Tide Tables", Read(Page("<title>Harbour Tide Tables - Printable March Edition</title>", "<h1>Harbour Tide Tables</h1><p>Text.</p>")).Title);

    [Fact]
    public void Extract_HeadingNotAWholePartOfTitle_KeepsTitle() =>
        Assert.Equal("Harbour Tide Tables for March", Read(Page("<title>Harbour Tide Tables for March</title>", "<h1>Harbour Tide Tables</h1><p>Text.</p>")).Title);

    [Fact]
    public void Extract_OnlyTitlesAreIconTooltips_TitleIsTheHeading() =>
        Assert.Equal("Ferry budget approved", Read(Page("", "<a href=\"/share\"><svg><title>Share</title><path d=\"M0 0\"/></svg></a><h1>Ferry budget approved</h1><p>Text.</p>")).Title);

    [Fact]
    public void Extract_TitleNamesOnlyTheSite_HeadlineIsTheHeading() =>
        Assert.Equal("Ferry timetable changes", Read(Page("<title>Larkspur Gazette - News from the coast</title><meta property=\"og:site_name\" content=\"Larkspur Gazette\">", "<h1>Ferry timetable changes</h1><p>Text.</p>")).Headline);

    [Fact]
    public void Extract_NoTitleOrMeta_FallsBackToFirstHeading() =>
        Assert.Equal("Ferry budget approved", Read(Page("", "<h1> Ferry  budget approved </h1><p>Text.</p>")).Title);

    [Fact]
    public void Extract_JsonLdGraph_ReadsArticleNodeAndResolvesReferences()
    {
        const string jsonLd = """
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://wrenfield.example/#site","name":"Wrenfield Observer Online"},
              {"@type":"Organization","@id":"https://wrenfield.example/#org","name":"Wrenfield Observer"},
              {"@type":"Person","@id":"https://wrenfield.example/#/person/1","name":"Ilse Marchetti"},
              {"@type":["NewsArticle"],"headline":"Ferry budget approved after long debate",
               "author":{"@id":"https://wrenfield.example/#/person/1"},"publisher":{"@id":"https://wrenfield.example/#org"},
               "datePublished":"2024-06-01T07:15:00Z","dateModified":"2024-06-02T08:00:00Z","inLanguage":"en"}
            ]}
            """;

        var metadata = Read(Page($"<title>Something else | Wrenfield</title><script type=\"application/ld+json\">{jsonLd}</script>"));

        Assert.Equal("Ferry budget approved after long debate", metadata.Title);
        Assert.Equal("Ilse Marchetti", metadata.Byline);
        Assert.Equal("Wrenfield Observer", metadata.SiteName);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 7, 15, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 8, 0, 0, TimeSpan.Zero), metadata.Modified);
    }

    [Fact]
    public void Extract_JsonLdAuthorArray_JoinsPeopleAndSkipsStaff()
    {
        const string jsonLd = """
            [{"@type":"BreadcrumbList","itemListElement":[]},
             {"@type":"ReportageNewsArticle","headline":"Flood defences tested",
              "author":[{"@type":"Person","name":"Ilse Marchetti"},"Dara Voskuijlen",{"@type":"Person","givenName":"Rui","familyName":"Okafor"},{"name":"Staff"}]}]
            """;

        var metadata = Read(Page($"<script type=\"application/ld+json\">{jsonLd}</script>"));

        Assert.Equal("Ilse Marchetti, Dara Voskuijlen, Rui Okafor", metadata.Byline);
    }

    [Fact]
    public void Extract_OgTitleNamingTheSite_LosesOnlyThatSuffix()
    {
        var metadata = Read(Page("""
            <meta property="og:site_name" content="Wrenfield Observer">
            <meta property="og:title" content="Tide mill - a history | Wrenfield Observer">
            """));

        Assert.Equal("Tide mill - a history", metadata.Title);
    }

    [Fact]
    public void Extract_JsonLdWithHtmlEntities_IsDecoded()
    {
        var metadata = Read(Page("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Fish &amp; chips return to the pier","author":"Rui O&#39;Connell"}</script>"""));

        Assert.Equal("Fish & chips return to the pier", metadata.Title);
        Assert.Equal("Rui O'Connell", metadata.Byline);
    }

    [Fact]
    public void Extract_MalformedJsonLd_IsIgnored()
    {
        var metadata = Read(Page("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken</script>
            <meta property="og:title" content="Wrenfield tide tables">
            """));

        Assert.Equal("Wrenfield tide tables", metadata.Title);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"By Staff\">", null)]
    [InlineData("<meta name=\"author\" content=\"Wrenfield Observer Staff\">", "Wrenfield Observer Staff")]
    [InlineData("<meta name=\"author\" content=\"By Ilse Marchetti\">", "Ilse Marchetti")]
    [InlineData("<meta name=\"author\" content=\"https://social.example/ilse\">", null)]
    public void Extract_MetaAuthor_KeepsPeopleAndAnOutletsStaff(string head, string? expected) =>
        Assert.Equal(expected, Read(Page(head)).Byline);

    [Fact]
    public void Extract_BylineElement_IsReadWithoutBy() =>
        Assert.Equal("Dara Voskuijlen", Read(Page("", "<div class=\"article-byline\">By Dara Voskuijlen</div><p>Text of the story.</p>")).Byline);

    [Theory]
    [InlineData("<meta name=\"pubdate\" content=\"20240601\">", "2024-06-01T00:00:00+00:00")]
    [InlineData("<meta name=\"parsely-pub-date\" content=\"2024-06-01T09:00:00+0200\">", "2024-06-01T07:00:00+00:00")]
    [InlineData("<meta name=\"sailthru.date\" content=\"2024-06-01 09:00:00\">", "2024-06-01T09:00:00+00:00")]
    [InlineData("<meta name=\"dc.date\" content=\"2024-06-01\">", "2024-06-01T00:00:00+00:00")]
    public void Extract_DateMetaVariants_AreParsed(string head, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Read(Page(head)).Published);

    [Fact]
    public void Extract_TimeInASideListBeforeTheArticle_ArticleTimeIsThePublishedDate() =>
        Assert.Equal(new DateTimeOffset(2017, 3, 1, 12, 0, 0, TimeSpan.Zero), Read(Page("", """
            <div class="latest"><a href="/news/gauges">New tide gauges</a><time datetime="2025-01-31T12:00:00Z">01/31/2025</time></div>
            <article><h1>Tide tables</h1><time datetime="2017-03-01T12:00:00Z">03/01/2017</time><p>Text of the story.</p></article>
            """)).Published);

    [Fact]
    public void Extract_TimeElement_GivesPublishedDate() =>
        Assert.Equal(new DateTimeOffset(2023, 11, 2, 16, 45, 0, TimeSpan.Zero),
            Read(Page("", "<time datetime=\"2023-11-02T16:45:00Z\">2 November</time><p>Text.</p>")).Published);

    [Fact]
    public void Extract_OgLocaleAndOgUrl_AreUsedWithoutBetterSources()
    {
        var metadata = Read(Page("<meta property=\"og:locale\" content=\"nl_NL\"><meta property=\"og:url\" content=\"/nieuws/veerboot\">"));

        Assert.Equal("nl-NL", metadata.Language);
        Assert.Equal("https://larkspur-gazette.example/nieuws/veerboot", metadata.CanonicalUrl);
    }
}
