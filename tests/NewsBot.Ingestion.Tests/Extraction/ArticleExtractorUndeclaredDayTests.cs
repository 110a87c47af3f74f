using System.Globalization;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>The publication day of a page that declares none: a shown date, then its address, never its modification time (invented pages).</summary>
public sealed class ArticleExtractorUndeclaredDayTests
{
    private const string Prose = "<p>Pruning apple trees in late winter keeps them healthy, and the Brightwater guide walks through every cut, from the first year to the tenth, with drawings.</p>";

    private static string? Day(string head, string body, string url = "https://brightwater-tools.example/guides/winter-pruning") =>
        new ArticleExtractor().Extract($"<html><head><title>Winter pruning</title>{head}</head><body><h1>Winter pruning</h1>{body}</body></html>", new Uri(url))
            .Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Extract_OnlyAModificationTimeDeclared_NoPublishedDay() =>
        Assert.Null(Day("<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\">", Prose));

    [Fact]
    public void Extract_ModificationTimeAndADateShownUnderTheHeading_ShownDayWins() =>
        Assert.Equal("2022-02-01", Day("<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\">", "<p class=\"meta\">February 1, 2022</p>" + Prose));

    [Theory]
    [InlineData("https://brightwater-tools.example/blog/2023/10/03/winter-pruning/", "2023-10-03")]
    [InlineData("https://brightwater-tools.example/knowledge/blog/2023/october/03/winter-pruning", "2023-10-03")]
    [InlineData("https://brightwater-tools.example/2021/7/4", "2021-07-04")]
    public void Extract_DayInTheAddressOnly_IsThePublishedDay(string url, string expected) =>
        Assert.Equal(expected, Day("", Prose, url));

    [Theory]
    [InlineData("https://brightwater-tools.example/blog/2023/10/winter-pruning")]
    [InlineData("https://brightwater-tools.example/shop/2023/13/40/shears")]
    [InlineData("https://brightwater-tools.example/items/12/05/2023")]
    public void Extract_AddressWithoutAWholeDay_NoPublishedDay(string url) =>
        Assert.Null(Day("", Prose, url));

    [Fact]
    public void Extract_DayInTheAddressAndAModificationTime_AddressDayWins() =>
        Assert.Equal("2023-10-03", Day("<meta property=\"article:modified_time\" content=\"2025-01-20T08:00:00+00:00\">", Prose, "https://brightwater-tools.example/2023/10/03/winter-pruning"));

    [Theory]
    [InlineData("<p class=\"meta\">Essay - Published: 2025.12.17</p>")]
    [InlineData("<p class=\"meta\">Posted 2025/12/17</p>")]
    public void Extract_YearFirstDayWithDotsOrSlashesShown_IsThePublishedDay(string line) =>
        Assert.Equal("2025-12-17", Day("", line + Prose));

    [Fact]
    public void Extract_EmbeddedPostDateBeforeTheShownDate_ShownDayWins() =>
        Assert.Equal("2025-12-17", Day("", "<blockquote><p>Pruned the old pear today.</p><a href=\"/p/1\">November 20, 2025</a></blockquote><p class=\"meta\">Posted December 17, 2025</p>" + Prose));

    [Theory]
    [InlineData("<div id=\"todays-date\"><p><strong>Friday</strong>, December 19, 2025</p></div>")]
    [InlineData("<span class=\"header-current-date\">19 December 2025</span>")]
    public void Extract_HeaderClockBeforeTheShownDate_ShownDayWins(string clock) =>
        Assert.Equal("2025-12-12", Day("", clock + "<p class=\"meta\">12.12.2025</p>" + Prose));
}
