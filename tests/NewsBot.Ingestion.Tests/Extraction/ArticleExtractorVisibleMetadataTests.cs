using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>Headline, byline and date that a page shows its readers but does not declare (invented pages).</summary>
public sealed class ArticleExtractorVisibleMetadataTests
{
    private static readonly Uri PageUri = new("https://brightwater-tools.example/guides/winter-pruning");

    private static ArticleMetadata Read(string head, string body) =>
        new ArticleExtractor().Extract($"<html><head>{head}</head><body>{body}</body></html>", PageUri).Metadata;

    private const string Prose = "<p>Pruning apple trees in late winter keeps them healthy, and the Brightwater guide walks through every cut, from the first year to the tenth, with drawings.</p>";

    [Fact]
    public void Extract_HeadingRewordsTitleTag_HeadlineIsTheHeading()
    {
        var metadata = Read("<title>Winter Pruning Guide 2026: Tools and Tips | Brightwater Tools</title>", "<h1>The Winter Pruning Guide</h1>" + Prose);

        Assert.Equal("The Winter Pruning Guide", metadata.Headline);
        Assert.Equal("Winter Pruning Guide 2026: Tools and Tips", metadata.Title);
    }

    [Fact]
    public void Extract_HeadingIsTheLogo_NoHeadline()
    {
        var metadata = Read("<title>How to prune an old pear tree without losing a harvest | Brightwater</title>", "<h1>Brightwater</h1>" + Prose);

        Assert.Null(metadata.Headline);
    }

    [Fact]
    public void Extract_NoHeadingAndTitleWithSlogan_HeadlineIsTheTitlesFirstPart() =>
        Assert.Equal("Pruning Shears", Read("<meta property=\"og:title\" content=\"Pruning Shears | Sharp Tools for Every Orchard\">", Prose).Headline);

    [Fact]
    public void Extract_HeadingWithAnchorMark_HeadlineDropsTheMark() =>
        Assert.Equal("5. Pruning Shears", Read("<title>5. Pruning Shears - Brightwater 2.1 manual</title>", "<h1>5. Pruning Shears¶</h1>" + Prose).Headline);

    [Theory]
    [InlineData("<div class=\"meta\"><span>Last updated:</span> <span>Dec 12, 2025</span></div>", "2025-12-12")]
    [InlineData("<p class=\"x\">Published August 7th, 2023 · 6 min read</p>", "2023-08-07")]
    [InlineData("<p class=\"meta\">By <b>Ilse Marrow</b> · updated <i>twice</i> · March 3, 2024</p>", "2024-03-03")]
    [InlineData("<p>Updated on 17 December 2025</p>", "2025-12-17")]
    [InlineData("<time>Sept. 3, 2024</time>", "2024-09-03")]
    [InlineData("<span class=\"x\">17.05.2021</span>", "2021-05-17")]
    [InlineData("<p><i>Updated: 10/31/2024</i></p>", "2024-10-31")]
    [InlineData("<p>Posted 31/10/2024</p>", "2024-10-31")]
    public void Extract_DateShownNearHeading_IsThePublishedDay(string line, string expected)
    {
        var published = Read("<title>Winter pruning</title>", "<h1>Winter pruning</h1>" + line + Prose).Published;

        Assert.Equal(expected, published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Extract_DateInTheArticlesOwnFooter_IsThePublishedDay()
    {
        var body = "<main><h1>Winter pruning</h1><article><footer class=\"meta\">By <a href=\"/u/tq\">Tomasz Quill</a> <span>March 30, 2023 |</span></footer>"
            + Prose + "</article></main><footer><p>Brightwater Tools, founded May 4, 1998</p></footer>";

        var metadata = Read("<title>Winter pruning</title>", body);

        Assert.Equal("2023-03-30", metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Tomasz Quill", metadata.Byline);
    }

    [Theory]
    [InlineData("2025-12-19T02:41:41+00:00", "December 18, 2025", "2025-12-18")]
    [InlineData("2025-12-18T21:30:00Z", "December 19, 2025", "2025-12-19")]
    [InlineData("2025-12-19T02:41:41+00:00", "December 21, 2025", "2025-12-19")]
    [InlineData("2025-12-19T02:41:41-05:00", "December 18, 2025", "2025-12-19")]
    public void Extract_DeclaredUtcTimeAndShownDayBeside_DayIsTheShownOneWhenAnOffsetReachesIt(string declared, string shown, string expected)
    {
        var metadata = Read($"<title>Winter pruning</title><meta property=\"article:published_time\" content=\"{declared}\">",
            $"<h1>Winter pruning</h1><p class=\"meta\">{shown}</p>" + Prose);

        Assert.Equal(expected, metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeOffset.Parse(declared, System.Globalization.CultureInfo.InvariantCulture), metadata.Published);
    }

    [Fact]
    public void Extract_DateOnlyInThePagesFooter_NoPublishedDay() =>
        Assert.Null(Read("<title>Winter pruning</title>", "<h1>Winter pruning</h1>" + Prose + "<footer><p>Brightwater Tools, founded May 4, 1998</p></footer>").Published);

    [Fact]
    public void Extract_DateInDigitsReadingBothWays_NoPublishedDay() =>
        Assert.Null(Read("<title>Winter pruning</title>", "<h1>Winter pruning</h1><p>Posted 05/06/2024</p>" + Prose).Published);

    [Fact]
    public void Extract_DateInMetaNamedPublished_IsThePublishedDay() =>
        Assert.Equal("2025-07-17", Read("<title>Winter pruning</title><meta name=\"published\" content=\"July 17, 2025\">", Prose)
            .Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Extract_DateOnlyInProseOrNavigation_NoPublishedDay() =>
        Assert.Null(Read("<title>Winter pruning</title>",
            "<nav><a href=\"/x\">Archive: March 3, 2021</a></nav><h1>Winter pruning</h1><p>The orchard society met on March 3, 2021 to agree on the rules that every member follows when pruning the old trees along the river path.</p>").Published);

    [Fact]
    public void Extract_HeadingCarryingTheTitlesSuffix_HeadlineStopsAtThePipe() =>
        Assert.Equal("Best Pruning Saws of 2026", Read("<title>Best Pruning Saws of 2026 | Top 9 Picks | Brightwater</title>",
            "<h1>Best Pruning Saws of 2026 | Top 9 Picks</h1>" + Prose).Headline);

    [Fact]
    public void Extract_TitleEscapedTwice_ReadsTheCharacter() =>
        Assert.Equal("Saws, Shears & Loppers", Read("<title>Saws, Shears &amp;#x26; Loppers</title>", "<h1>Saws, Shears &amp;#x26; Loppers</h1>" + Prose).Headline);

    [Fact]
    public void Extract_DateDeclaredOnlyForTheWebPage_IsThePublishedDay() =>
        Assert.Equal(new DateTimeOffset(2024, 3, 17, 19, 47, 39, TimeSpan.Zero), Read("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Winter pruning","datePublished":"2024-03-17T19:47:39+00:00"}]}</script>
            """, Prose).Published);

    [Fact]
    public void Extract_ArticleDateAndWebPageDate_ArticleDateWins() =>
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 9, 0, 0, TimeSpan.Zero), Read("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2023-05-05T00:00:00Z"},{"@type":"Article","headline":"Winter pruning","datePublished":"2024-01-02T09:00:00Z"}]}</script>
            """, Prose).Published);

    [Fact]
    public void Extract_DeclaredDate_WinsOverShownDate() =>
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 9, 0, 0, TimeSpan.Zero),
            Read("<meta property=\"article:published_time\" content=\"2024-01-02T09:00:00Z\">", "<p>Updated May 5, 2025</p>" + Prose).Published);

    [Theory]
    [InlineData("<p class=\"meta\">Published&ensp;<span>Apr 26, 2023</span></p>")]
    [InlineData("<p class=\"meta\">On <time>26 Apr 2023</time></p>")]
    [InlineData("<div class=\"date\">April 26, 2023</div>")]
    public void Extract_DeclaredDateDaysAfterADateShownAloneUnderTheHeading_IsTheShownDay(string line) =>
        Assert.Equal("2023-04-26", Day(Read("<meta property=\"article:published_time\" content=\"2025-08-21T10:00:00Z\">", "<h1>Winter pruning</h1>" + line + Prose).Published));

    [Theory]
    [InlineData("<p>As of April 26, 2023, the orchard had 605 trees:</p>")]
    [InlineData("<blockquote><p>Pruned the old pear today.</p><a href=\"/p/1\">April 26, 2023</a></blockquote>")]
    [InlineData("<p class=\"meta\">April 25, 2025</p>")]
    public void Extract_DeclaredDateAfterADateInASentenceAQuoteOrADayBefore_KeepsTheDeclaredDay(string line) =>
        Assert.Equal("2025-04-26", Day(Read("<meta property=\"article:published_time\" content=\"2025-04-26T10:00:00-04:00\">", "<h1>Winter pruning</h1>" + line + Prose).Published));

    [Theory]
    [InlineData("2025-12-19T22:02:58Z")]
    [InlineData("2025-12-19")]
    public void Extract_UtcTimeADayAfterTheShownDayBeyondAnyOffset_IsTheShownDay(string declared) =>
        Assert.Equal("2025-12-18", Day(Read($"<meta property=\"article:published_time\" content=\"{declared}\">", "<h1>Winter pruning</h1><div>Dec 18, 2025</div>" + Prose).Published));

    [Fact]
    public void Extract_DeclaredDateAfterADateShownBelowTheArticle_KeepsTheDeclaredDay() =>
        Assert.Equal("2025-08-21", Day(Read("<meta property=\"article:published_time\" content=\"2025-08-21T10:00:00Z\">",
            "<h1>Winter pruning</h1>" + string.Concat(Enumerable.Repeat(Prose, 8)) + "<div class=\"more\"><h3>Pear trees</h3><span>April 26, 2023</span></div>").Published));

    [Theory]
    [InlineData("<p>By Odile Fairweather</p>", "Odile Fairweather")]
    [InlineData("<p>by: Tomasz Quill, Dec 17, 2025</p>", "Tomasz Quill")]
    [InlineData("<div><p>Written by</p><p>Ansel Marrow</p></div>", "Ansel Marrow")]
    [InlineData("<p>Written by <a href=\"/team\">Ines Calloway and Bo Strand</a></p>", "Ines Calloway and Bo Strand")]
    public void Extract_BylineShownAsText_IsTheByline(string line, string expected) =>
        Assert.Equal(expected, Read("<title>Winter pruning</title>", "<h1>Winter pruning</h1>" + line + Prose).Byline);

    [Theory]
    [InlineData("<p>By clicking subscribe you agree to our terms.</p>")]
    [InlineData("<footer><p>By Brightwater Tools Ltd</p></footer>")]
    public void Extract_ByLineThatNamesNoAuthor_NoByline(string line) =>
        Assert.Null(Read("<title>Winter pruning</title>", "<h1>Winter pruning</h1>" + Prose + line).Byline);

    [Fact]
    public void Extract_WrittenByTwitterLabel_IsTheByline() =>
        Assert.Equal("Maren Holt", Read("<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Maren Holt\">", Prose).Byline);

    private static string? Day(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
