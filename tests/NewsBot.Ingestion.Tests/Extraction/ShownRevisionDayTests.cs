using System.Globalization;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>A publication declared in JSON-LD alone against the revision day the page shows (<see cref="ShownRevisionDay"/>; invented pages).</summary>
public sealed class ShownRevisionDayTests
{
    private const string Prose =
        "<p>The Harlow Valley Gardeners' Guild explains how to start tomatoes indoors, which seed trays hold moisture best, and when the seedlings can go outside once the frosts have passed.</p>"
        + "<p>Members of the guild compared six potting mixes over two springs and kept notes on how quickly each one dried out on a sunny windowsill.</p>";

    private static string LdDates(string published, string modified) =>
        "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Starting tomatoes indoors\",\"datePublished\":\""
        + published + "\",\"dateModified\":\"" + modified + "\"}</script>";

    private static string? Day(string head, string body) =>
        new ArticleExtractor().Extract(
                $"<html lang=\"en-US\"><head><title>Starting tomatoes indoors</title>{head}</head><body><article><h1>Starting tomatoes indoors</h1>{body}{Prose}</article></body></html>",
                new Uri("https://harlow-gardeners.example/guides/tomatoes-indoors"))
            .Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("<p class=\"meta\">Updated June 10, 2025</p>")]
    [InlineData("<div class=\"meta\"><span>Last updated:</span> <time datetime=\"2025-06-10\">Jun 10, 2025</time></div>")]
    public void Extract_PublicationOnlyInJsonLdAndOnlyTheRevisionShown_RevisionDay(string shown) =>
        Assert.Equal("2025-06-10", Day(LdDates("2024-03-01T09:00:00+00:00", "2025-06-10T14:00:00+00:00"), shown));

    [Fact]
    public void Extract_PublicationAlsoInAMetaTag_PublicationDay() =>
        Assert.Equal("2024-03-01", Day(
            LdDates("2024-03-01T09:00:00+00:00", "2025-06-10T14:00:00+00:00") + "<meta property=\"article:published_time\" content=\"2024-03-01T09:00:00+00:00\">",
            "<p class=\"meta\">Updated June 10, 2025</p>"));

    [Fact]
    public void Extract_PublicationDayAlsoShown_PublicationDay() =>
        Assert.Equal("2024-03-01", Day(LdDates("2024-03-01T09:00:00+00:00", "2025-06-10T14:00:00+00:00"), "<p class=\"meta\">Published March 1, 2024</p><p class=\"meta\">Updated June 10, 2025</p>"));

    [Fact]
    public void Extract_PublicationDayInTheMarkupsAttributes_PublicationDay() =>
        Assert.Equal("2024-03-01", Day(LdDates("2024-03-01T09:00:00+00:00", "2025-06-10T14:00:00+00:00"), "<meta content=\"2024-03-01\"><p class=\"meta\">Updated June 10, 2025</p>"));

    [Fact]
    public void Extract_RevisionNotShown_PublicationDay() =>
        Assert.Equal("2024-03-01", Day(LdDates("2024-03-01T09:00:00+00:00", "2025-06-10T14:00:00+00:00"), "<p class=\"meta\">By Orla Penhallow</p>"));

    [Fact]
    public void Extract_StateScriptWritesThePublicationForReaders_PublicationDay() =>
        Assert.Equal("2024-03-01", Day(
            LdDates("2024-03-01T09:00:00+00:00", "2025-06-10T14:00:00+00:00"),
            "<script>window.__STORY__={\"publishedDisplay\":\"March 1, 2024\"}</script><p class=\"meta\">Updated June 10, 2025</p>"));

    [Fact]
    public void Extract_StateScriptHoldsThePublicationOnlyAsIso_RevisionDay() =>
        Assert.Equal("2025-06-10", Day(
            LdDates("2024-03-01T09:00:00+00:00", "2025-06-10T14:00:00+00:00"),
            "<script>window.__STORY__={\"published\":\"2024-03-01\"}</script><p class=\"meta\">Updated June 10, 2025</p>"));
}
