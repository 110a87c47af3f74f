using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>
/// Bylines and dates set where the earlier readers did not look (invented pages): an author list or a date in a side column,
/// "Author(s)" labels, a shown ISO time, a date loose in a long container, scholarly citation dates.
/// </summary>
public sealed class ArticleExtractorSideMetadataTests
{
    private static readonly Uri PageUri = new("https://saltmarsh-institute.example/library/tidal-energy-costs");

    private const string Prose = "<p>Tidal turbines cost less every year, and the Saltmarsh Institute's report traces why, from cheaper blades to longer service intervals at sea.</p>";

    private static ArticleMetadata Read(string head, string body) =>
        new ArticleExtractor().Extract($"<html><head>{head}</head><body>{body}</body></html>", PageUri).Metadata;

    [Fact]
    public void Extract_AuthorListedInTheSideColumn_IsTheByline() =>
        Assert.Equal("Orla Penhallow", Read("<title>Tidal energy costs</title>",
            "<main><h1>Tidal energy costs</h1>" + Prose + "<aside><h6>Author(s)</h6><ul><li><a href=\"/library/?author=op\">Orla Penhallow</a></li></ul></aside></main>").Byline);

    [Fact]
    public void Extract_SideColumnWithoutAnAuthorLabel_NoByline() =>
        Assert.Null(Read("<title>Tidal energy costs</title>",
            "<main><h1>Tidal energy costs</h1>" + Prose + "<aside><h6>Related</h6><ul><li><a href=\"/people/op\">Orla Penhallow</a></li></ul></aside></main>").Byline);

    [Theory]
    [InlineData("Authors:")]
    [InlineData("Autoren")]
    [InlineData("Auteurs")]
    public void Extract_PluralAuthorLabelBeforeTheNames_ReadsTheFirstName(string label) =>
        Assert.Equal("Orla Penhallow", Read("<title>Tidal energy costs</title>",
            $"<h1>Tidal energy costs</h1><p>{label}</p><p>Orla Penhallow</p>" + Prose).Byline);

    [Fact]
    public void Extract_DateInASideColumnThatCreditsTheWriter_IsThePublishedDay() =>
        Assert.Equal(new DateTimeOffset(2023, 5, 25, 0, 0, 0, TimeSpan.Zero), Read("<title>Tidal energy costs</title>",
            "<h1>Tidal energy costs</h1><div><aside><p>May 25, 2023</p><p>Written By <span>Orla Penhallow</span></p></aside>" + Prose + "</div>").Published);

    [Fact]
    public void Extract_DateInASideColumnWithoutACredit_NoPublishedDay() =>
        Assert.Null(Read("<title>Tidal energy costs</title>",
            "<h1>Tidal energy costs</h1><div>" + Prose + "<aside><h6>Related</h6><p>May 25, 2023</p><p><a href=\"/library/tides\">Tides and turbines</a></p></aside></div>").Published);

    [Fact]
    public void Extract_ShownIsoTimeWithoutDeclaredDate_IsThePublishedDay() =>
        Assert.Equal(new DateTimeOffset(2022, 11, 23, 0, 0, 0, TimeSpan.Zero), Read("<title>Tidal energy costs</title>",
            "<h1>Tidal energy costs</h1><p><span class=\"publication-time\">2022-11-23T08:10+02:00</span></p>" + Prose).Published);

    [Fact]
    public void Extract_DateLooseInALongContainer_IsThePublishedDay() =>
        Assert.Equal(new DateTimeOffset(2025, 12, 20, 0, 0, 0, TimeSpan.Zero), Read("<title>Tidal energy costs</title>",
            "<h1>Tidal energy costs</h1><fieldset><legend>Notes from the tidal survey, week two, at the northern station</legend>\n20 December 2025\n<div>"
            + Prose + "</div></fieldset>").Published);

    [Fact]
    public void Extract_DateInsideProseOfALongContainer_IsNoPublishedDay() =>
        Assert.Null(Read("<title>Tidal energy costs</title>",
            "<h1>Tidal energy costs</h1><div>The survey that began on 20 December 2025 at the northern station counted every turbine blade twice. <b>Costs</b> fell"
            + " by a third over the winter, and the station's engineers expect the same again next year.</div>").Published);

    [Theory]
    [InlineData("citation_publication_date", "2023 Jan 7")]
    [InlineData("citation_date", "2023/01/07")]
    [InlineData("citation_online_date", "2023-01-07")]
    public void Extract_ScholarlyCitationDate_IsThePublishedDay(string name, string value) =>
        Assert.Equal(new DateTimeOffset(2023, 1, 7, 0, 0, 0, TimeSpan.Zero), Read($"<meta name=\"{name}\" content=\"{value}\">", Prose).Published);
}
