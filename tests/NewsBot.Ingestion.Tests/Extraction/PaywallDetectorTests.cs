using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class PaywallDetectorTests
{
    [Fact]
    public void HasMarkers_NoticeSplitAcrossTextNodes_IsFound()
    {
        var document = new HtmlParser().ParseDocument(
            "<html><body><p>The Fenmarsh Courier</p><div>Subscribe to <!-- offer -->continue reading<br> our tide reports.</div></body></html>");

        Assert.True(PaywallDetector.HasMarkers(document));
    }

    [Fact]
    public void HasMarkers_PhraseInsideALongParagraph_IsNoNotice()
    {
        var prose = string.Concat(Enumerable.Repeat("The ferry keeps its winter timetable until the thaw. ", 8));
        var document = new HtmlParser().ParseDocument($"<html><body><p>{prose}Readers asked how to continue reading the old logs.</p></body></html>");

        Assert.False(PaywallDetector.HasMarkers(document));
    }
}
