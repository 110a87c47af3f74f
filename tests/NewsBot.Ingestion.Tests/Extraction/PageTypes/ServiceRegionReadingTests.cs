using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class ServiceRegionReadingTests
{
    private const string Page = "<html><body><nav><a href=\"/\">Home</a></nav><main><h1>Harbour tours</h1>"
        + "<p>Our skippers take you round the Quillon Sound lighthouse twice a day from April to October.</p>"
        + "<p>Tickets are sold on the quay; children under five sail free with an adult.</p></main></body></html>";

    [Fact]
    public void Text_AskedTwiceAfterTheRegion_FindsTheRegionOnce()
    {
        using var document = PageParser.Parse(Page);
        var body = document.Body!;
        var work = new ExtractionWork();
        var reading = new ServiceRegionReading(body, DocumentStats.Measure(body, new ExcludedNodes()), work);

        _ = reading.Region;
        var first = reading.Text();
        var second = reading.Text();

        Assert.Equal(1, work.RegionsFound);
        Assert.Same(first, second);
        Assert.Contains("children under five sail free", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_NeverAsked_FindsNothing()
    {
        using var document = PageParser.Parse(Page);
        var work = new ExtractionWork();

        _ = new ServiceRegionReading(document.Body!, DocumentStats.Measure(document.Body!, new ExcludedNodes()), work);

        Assert.Equal(0, work.RegionsFound);
    }
}
