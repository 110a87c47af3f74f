using System.Globalization;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>Days a page shows in digits: which number is the month, and a time element's text against its value (invented pages).</summary>
public sealed class ArticleExtractorNumericDayTests
{
    private const string Prose = "<p>Pruning apple trees in late winter keeps them healthy, and the Brightwater guide walks through every cut, from the first year to the tenth, with drawings.</p>";

    private static string? Day(string htmlAttributes, string head, string line) =>
        new ArticleExtractor().Extract(
                $"<html{htmlAttributes}><head><title>Winter pruning</title>{head}</head><body><h1>Winter pruning</h1>{line}{Prose}</body></html>",
                new Uri("https://brightwater-tools.example/guides/winter-pruning"))
            .Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("<p class=\"meta\">Posted 11-29-2024</p>", "2024-11-29")]
    [InlineData("<p class=\"meta\">Posted 29-11-2024</p>", "2024-11-29")]
    [InlineData("<p class=\"meta\">06.18.2025</p>", "2025-06-18")]
    [InlineData("<p class=\"meta\">03/03/2026</p>", "2026-03-03")]
    public void Extract_DigitsReadingOneWay_IsThePublishedDay(string line, string expected) =>
        Assert.Equal(expected, Day(" lang=\"en\"", "", line));

    [Theory]
    [InlineData(" lang=\"en-US\"", "", "2024-05-06")]
    [InlineData(" lang=\"en\"", "<meta property=\"og:locale\" content=\"en_US\">", "2024-05-06")]
    [InlineData(" lang=\"en-GB\"", "", "2024-06-05")]
    [InlineData(" lang=\"de\"", "", "2024-06-05")]
    [InlineData(" lang=\"en-AU\"", "<meta property=\"og:locale\" content=\"en_US\">", "2024-06-05")]
    public void Extract_DigitsReadingBothWays_TheLocalesOrderDecides(string htmlAttributes, string head, string expected) =>
        Assert.Equal(expected, Day(htmlAttributes, head, "<p class=\"meta\">Post time: 05-06-2024</p>"));

    [Theory]
    [InlineData(" lang=\"en\"")]
    [InlineData(" lang=\"en-CA\"")]
    [InlineData("")]
    public void Extract_DigitsReadingBothWaysWithoutACountry_NoPublishedDay(string htmlAttributes) =>
        Assert.Null(Day(htmlAttributes, "", "<p class=\"meta\">Post time: 05/06/2024</p>"));

    [Fact]
    public void Extract_TimeElementShowingAnotherDayThanItsValue_ValueWins() =>
        Assert.Equal("2024-12-20", Day("", "", "<div class=\"meta\"><time datetime=\"2024-12-20\">August 28, 2024</time></div>"));

    [Fact]
    public void Extract_TimeElementShowingItsValueBeforeTheDeclaredDay_ShownDayWins() =>
        Assert.Equal("2024-08-28", Day("", "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Winter pruning\",\"datePublished\":\"2025-04-02T09:00:00Z\"}</script>",
            "<div class=\"meta\"><time datetime=\"2024-08-28\">August 28, 2024</time></div>"));
}
