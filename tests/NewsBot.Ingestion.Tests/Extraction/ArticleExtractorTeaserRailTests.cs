using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ArticleExtractorTeaserRailTests
{
    private static readonly Uri PageUri = new("https://hollowmere-herald.example/news/ferry-timetable-kept");

    private const string Paragraphs =
        "<p>The Hollowmere ferry board met on Thursday and agreed to keep the winter timetable for another season, after a "
        + "long debate about fuel costs, the harbour's crumbling slipway and the insurers who cover it.</p>"
        + "<p>Captain Orla Penhallow said the crossing would run every ninety minutes until March, and that the board would "
        + "review the timetable again once the new slipway is finished next autumn.</p>"
        + "<p>Passengers who booked the early sailing will be moved to the next boat without charge, the board said, and "
        + "season tickets bought before December keep their old price.</p>";

    private static string Page(string afterBody) =>
        "<html><body><article><h1>Ferry timetable kept for winter</h1>" + Paragraphs + afterBody + "</article></body></html>";

    [Fact]
    public void Extract_ArticleRunningOnIntoDatedCards_DropsTheCards()
    {
        var cards = "<div><p>Tidewater inn reopens after the storm</p><p>Mar 3, 2025</p></div>"
            + "<div><p>Lighthouse keepers' cottages sold at auction</p><p>Feb 27, 2025</p></div>"
            + "<div><p>A quiet winter for the island's puffins</p><p>Feb 20, 2025</p></div>";

        var text = new ArticleExtractor().Extract(Page(cards), PageUri, PageType.Article).Text;

        Assert.Contains("season tickets bought before December", text, StringComparison.Ordinal);
        Assert.DoesNotContain("puffins", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Feb 27, 2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleEndingWithOneDatedNote_KeepsIt()
    {
        var note = "<p>Correction notice</p><p>Mar 3, 2025</p>";

        var text = new ArticleExtractor().Extract(Page(note), PageUri, PageType.Article).Text;

        Assert.Contains("Correction notice", text, StringComparison.Ordinal);
    }
}
