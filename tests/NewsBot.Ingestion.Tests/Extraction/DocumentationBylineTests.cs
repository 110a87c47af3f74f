using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>A documentation page credits no organisation as its author (invented pages).</summary>
public sealed class DocumentationBylineTests
{
    private static readonly Uri PageUri = new("https://docs.quillmoor.example/kiln-api/firing-schedules");

    private const string Prose = "<p>A firing schedule lists the ramps and holds the kiln controller runs, and every step names its target temperature and its rate in degrees an hour.</p>";

    private static string? Byline(string author, PageType type) =>
        new ArticleExtractor().Extract(
            "<html><head><title>Firing schedules</title><script type=\"application/ld+json\">{\"@type\":\"TechArticle\",\"headline\":\"Firing schedules\",\"author\":"
            + author + "}</script></head><body><h1>Firing schedules</h1>" + Prose + "</body></html>", PageUri, type).Metadata.Byline;

    [Fact]
    public void Extract_DocumentationPageCreditingAnOrganisation_NoByline() =>
        Assert.Null(Byline("{\"@type\":\"Organization\",\"name\":\"Quillmoor Labs\"}", PageType.Documentation));

    [Fact]
    public void Extract_DocumentationPageCreditingAPerson_KeepsTheByline() =>
        Assert.Equal("Tamsin Vell", Byline("{\"@type\":\"Person\",\"name\":\"Tamsin Vell\"}", PageType.Documentation));

    [Fact]
    public void Extract_ArticleCreditingAnOrganisation_KeepsTheByline() =>
        Assert.Equal("Quillmoor Labs", Byline("{\"@type\":\"Organization\",\"name\":\"Quillmoor Labs\"}", PageType.Article));
}
