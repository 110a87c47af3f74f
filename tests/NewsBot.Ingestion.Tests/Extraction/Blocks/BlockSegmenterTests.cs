using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.Blocks;

namespace NewsBot.Ingestion.Tests.Extraction.Blocks;

public sealed class BlockSegmenterTests
{
    [Fact]
    public void Segment_ParagraphsAndLinkedItems_OneBlockEachWithItsLinkShare()
    {
        using var document = PageParser.Parse("""
            <html><body><p>The council met on <b>Tuesday</b> evening.</p><ul><li><a href="/a">Minutes of the meeting</a></li>
            <li>Agenda, <a href="/b">download</a></li></ul><script>var hidden = "never text";</script></body></html>
            """);

        var blocks = BlockSegmenter.Segment(document.Body!);

        Assert.Equal(["The council met on Tuesday evening.", "Minutes of the meeting", "Agenda, download"], blocks.Select(b => b.Text));
        Assert.Equal(0, blocks[0].LinkedShare);
        Assert.InRange(blocks[1].LinkedShare, 0.8, 1); // the spaces between a link's words count as unlinked
        Assert.InRange(blocks[2].LinkedShare, 0.4, 0.6);
        Assert.Equal("li", blocks[1].Owner.LocalName);
    }

    [Fact]
    public void Segment_MenuTwiceAndHiddenPanel_MarksTheSecondCopyAndTheHiddenBlock()
    {
        using var document = PageParser.Parse("""
            <html><body><nav><p>Home News Contact</p></nav><p>A short notice from the Ashby Courier.</p>
            <div style="display: none"><p>Mobile menu</p></div><nav><p>Home News Contact</p></nav></body></html>
            """);

        var blocks = BlockSegmenter.Segment(document.Body!);

        Assert.Equal([false, false, false, true], blocks.Select(b => b.Repeated));
        Assert.Equal([false, false, true, false], blocks.Select(b => b.Hidden));
    }
}
