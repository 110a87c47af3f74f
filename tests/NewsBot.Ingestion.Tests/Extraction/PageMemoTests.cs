using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class PageMemoTests
{
    private const string Page =
        "<html><body><h1>Harbour board meets</h1><p class=\"meta\">Published 3 March 2024</p>"
        + "<p>The Quayside Courier reports that the harbour board met on Tuesday to discuss the new ferry timetable.</p></body></html>";

    [Fact]
    public void Remember_SameKeyAskedTwice_ReadsOnce()
    {
        var memo = new PageMemo();
        var key = new object();
        var reads = 0;

        var first = memo.Remember(key, 20, n => { reads++; return n * 2; });
        var second = memo.Remember(key, 99, n => { reads++; return n * 2; });

        Assert.Equal((40, 40, 1), (first, second, reads));
    }

    [Fact]
    public void Remember_NullReading_KeptAsRead()
    {
        var memo = new PageMemo();
        var key = new object();
        var reads = 0;

        memo.Remember<int, string?>(key, 0, _ => { reads++; return null; });
        var again = memo.Remember<int, string?>(key, 0, _ => { reads++; return "later"; });

        Assert.Equal((null, 1), (again, reads));
    }

    [Fact]
    public void FindLine_NextPageOnTheThread_ReadsItsOwnDate()
    {
        var first = Parse(Page);
        using (DomIndex.Attach(first))
        {
            Assert.Equal(new DateTimeOffset(2024, 3, 3, 0, 0, 0, TimeSpan.Zero), VisibleDate.FindLine(first)?.Day);
        }

        // The second page reuses the first one's index and its memo: nothing of the first page may be remembered.
        var second = Parse(Page.Replace("3 March 2024", "9 April 2025", StringComparison.Ordinal));
        using var index = DomIndex.Attach(second);

        Assert.Equal(new DateTimeOffset(2025, 4, 9, 0, 0, 0, TimeSpan.Zero), VisibleDate.FindLine(second)?.Day);
        Assert.Equal(VisibleText.Nodes(second).Select(n => n.Data), ["Harbour board meets", "Published 9 April 2025",
            "The Quayside Courier reports that the harbour board met on Tuesday to discuss the new ferry timetable."]);
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
