using System.Globalization;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>A <c>&lt;time pubdate&gt;</c> against a declared publication that is only a save stamp (invented pages).</summary>
public sealed class ArticleExtractorMarkedPublicationTimeTests
{
    private const string Paragraph = "<p>The Millbrook Credit Union lists twelve free budgeting tools for small shops, from ledgers in a spreadsheet to receipt scanners, with what each one costs after the trial ends.</p>";

    /// <summary>Long enough that the marked time sits below the article, where a shown date line no longer counts (<see cref="EarlierShownDay"/>).</summary>
    private static readonly string Prose = string.Concat(Enumerable.Repeat(Paragraph, 8));

    private static string LdDates(string published, string modified) =>
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Free budgeting tools\",\"datePublished\":\""
        + published + "\",\"dateModified\":\"" + modified + "\"}</script>";

    private static string? Day(string head, string body) =>
        new ArticleExtractor().Extract($"<html><head><title>Free budgeting tools</title>{head}</head><body><h1>Free budgeting tools</h1>{body}</body></html>", new Uri("https://millbrook-credit.example/run/budgeting-tools"))
            .Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("<time pubdate datetime=\"2025-08-13\">August 13, 2025</time>")]
    [InlineData("<time itemprop=\"datePublished\" datetime=\"2025-08-13T09:00:00-04:00\">Aug 13</time>")]
    public void Extract_DeclaredPublicationEqualsModificationAndAnEarlierMarkedTime_MarkedDayWins(string time) =>
        Assert.Equal("2025-08-13", Day(LdDates("2025-11-29T12:28:31-05:00", "2025-11-29T12:28:31-05:00"), Prose + "<div class=\"published\">Published " + time + "</div>"));

    [Fact]
    public void Extract_DeclaredPublicationBeforeModificationAndAnEarlierMarkedTime_DeclaredDayStays() =>
        Assert.Equal("2025-11-29", Day(LdDates("2025-11-29T12:28:31-05:00", "2025-12-02T08:00:00-05:00"), Prose + "<div class=\"published\">Published <time pubdate datetime=\"2025-08-13\">August 13, 2025</time></div>"));

    [Fact]
    public void Extract_DeclaredPublicationEqualsModificationAndALaterMarkedTime_DeclaredDayStays() =>
        Assert.Equal("2025-11-29", Day(LdDates("2025-11-29T12:28:31-05:00", "2025-11-29T12:28:31-05:00"), Prose + "<div class=\"published\">Published <time pubdate datetime=\"2025-12-03\">December 3, 2025</time></div>"));
}
