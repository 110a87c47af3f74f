using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>
/// Bylines a page shows under a label other than "By" (a reviewer's credit, "This post was written by", the German,
/// French, Spanish and Italian labels), and template labels that are no name (invented pages).
/// </summary>
public sealed class ArticleExtractorBylineLabelTests
{
    private static readonly Uri PageUri = new("https://lindqvist-garden.example/notes/frost-cloth");

    private const string Prose = "<p>Frost cloth keeps the worst of a cold night off young lettuce, and the Lindqvist notes explain how to lay it, weigh it down and take it off again by mid-morning.</p>";

    private static ArticleMetadata Read(string head, string body) =>
        new ArticleExtractor().Extract($"<html><head><title>Frost cloth</title>{head}</head><body><h1>Frost cloth</h1>{body}{Prose}</body></html>", PageUri).Metadata;

    [Theory]
    [InlineData("""<p>Reviewed by <a href="/team/odile-varga">Odile Varga</a></p>""", "Odile Varga")]
    [InlineData("<p>This post was written by Odile Varga</p>", "Odile Varga")]
    [InlineData("""<p>Von <a href="/autoren/jonas-pfeiffer">Jonas Pfeiffer</a></p>""", "Jonas Pfeiffer")]
    [InlineData("<p>Par Élodie Marchand</p>", "Élodie Marchand")]
    [InlineData("<p><span>Por</span> <span>Lucía Ferrer</span></p>", "Lucía Ferrer")]
    [InlineData("<p>Di Marco Bellandi</p>", "Marco Bellandi")]
    public void Extract_ShownLabelBeforeAName_IsTheByline(string line, string expected) =>
        Assert.Equal(expected, Read("", line).Byline);

    [Fact]
    public void Extract_FirmNameOpeningWithADigit_IsTheByline() =>
        Assert.Equal("4u Fieldworks", Read("", "<p>By 4u Fieldworks</p>").Byline);

    [Theory]
    [InlineData("<p>By 5pm Friday</p>")]
    [InlineData("<p>By 2nd Floor</p>")]
    public void Extract_TimeOrOrdinalAfterBy_IsNoByline(string line) =>
        Assert.Null(Read("", line).Byline);

    [Fact]
    public void Extract_LowerCaseWordAfterAForeignLabel_IsNoByline() =>
        Assert.Null(Read("", "<p>por favor riegue las plantas</p>").Byline);

    [Theory]
    [InlineData("Name")]
    [InlineData("Written By")]
    [InlineData("undefined")]
    [InlineData("View more posts")]
    public void Extract_AuthorTagHoldsATemplateLabel_NoByline(string label) =>
        Assert.Null(Read($"""<meta name="author" content="{label}">""", "").Byline);
}
