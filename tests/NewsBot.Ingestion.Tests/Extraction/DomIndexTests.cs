using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class DomIndexTests
{
    private const string Page =
        "<html><body><div id=\"a\"><p>One <b>two</b> three</p><ul><li>x</li><li>y <i>z</i></li></ul></div>"
        + "<div id=\"b\"><section><p>four</p><p>five <a href=\"/\">six</a></p></section></div><footer>seven</footer></body></html>";

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(1_000)]
    public void Descendants_AttachedIndex_YieldsWhatTheTreeWalkYieldsWithinTheSameBudget(int budget)
    {
        var document = Parse(Page);
        var expected = Names(DomWalker.Descendants(document.Body!, budget));

        using var index = DomIndex.Attach(document);

        Assert.Equal(expected, Names(DomWalker.Descendants(document.Body!, budget)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(1_000)]
    public void DescendantElements_AttachedIndex_YieldsWhatTheTreeWalkYieldsWithinTheSameBudget(int budget)
    {
        var document = Parse(Page);
        var expected = Names(DomWalker.DescendantElements(document.Body!, budget));

        using var index = DomIndex.Attach(document);

        Assert.Equal(expected, Names(DomWalker.DescendantElements(document.Body!, budget)));
    }

    [Theory]
    [InlineData("p", 1_000)]
    [InlineData("li", 1_000)]
    [InlineData("p", 12)]
    [InlineData("table", 1_000)]
    public void DescendantElementsNamed_AttachedIndex_YieldsTheNamedElementsOfTheTreeWalkWithinTheSameBudget(string name, int budget)
    {
        var document = Parse(Page);
        var b = document.QuerySelector("#b")!;
        var expected = Texts(DomWalker.DescendantElements(document.Body!, budget).Where(e => e.LocalName == name));
        var expectedUnderB = Texts(DomWalker.DescendantElements(b, budget).Where(e => e.LocalName == name));

        using var index = DomIndex.Attach(document);

        Assert.Equal(expected, Texts(DomWalker.DescendantElementsNamed(document.Body!, name, budget)));
        Assert.Equal(expectedUnderB, Texts(DomWalker.DescendantElementsNamed(b, name, budget)));
    }

    [Fact]
    public void DescendantElementsNamed_NextPageAfterDispose_ListsOnlyTheNewPagesElements()
    {
        var first = Parse(Page);
        using (DomIndex.Attach(first))
        {
            Assert.Equal(3, DomWalker.DescendantElementsNamed(first.Body!, "p").Count());
        }

        var second = Parse("<html><body><p>Quay report</p></body></html>");
        using var index = DomIndex.Attach(second);

        Assert.Equal(["Quay report"], Texts(DomWalker.DescendantElementsNamed(second, "p")));
    }

    [Fact]
    public void Descendants_EnterAndSkip_SkipTheSameSubtreesAsTheTreeWalk()
    {
        var document = Parse(Page);
        bool Enter(INode node) => node is not IElement { LocalName: "ul" };
        bool Skip(INode node) => node is IElement { LocalName: "section" };
        var expected = Names(DomWalker.Descendants(document.Body!, enter: Enter, skip: Skip));

        using var index = DomIndex.Attach(document);
        var indexed = Names(DomWalker.Descendants(document.Body!, enter: Enter, skip: Skip));

        Assert.Equal(expected, indexed);
        Assert.Contains("ul", indexed);
        Assert.DoesNotContain("li", indexed);
        Assert.DoesNotContain("section", indexed);
    }

    [Fact]
    public void Measure_AttachedIndex_GivesTheSameMeasuresAsWithout()
    {
        var document = Parse(Page);
        var excluded = new ExcludedNodes();
        excluded.Add(document.QuerySelector("footer")!);
        var b = document.QuerySelector("#b")!;
        var expected = DocumentStats.Measure(document.Body!, excluded);

        using var index = DomIndex.Attach(document);
        var measured = DocumentStats.Measure(document.Body!, excluded);

        Assert.Equal(expected.For(document.Body!), measured.For(document.Body!));
        Assert.Equal(expected.For(b), measured.For(b));
        Assert.True(measured.For(b).LinkTextLength > 0);
        Assert.Equal(0, measured.For(document.QuerySelector("footer")!).TextLength);
    }

    [Fact]
    public void Dispose_NextPageOnTheThread_IsIndexedAfreshWithoutTheFormerPagesNodes()
    {
        var first = Parse(Page);
        using (DomIndex.Attach(first))
        {
            Assert.NotNull(DomIndex.Of(first.Body!));
        }

        var second = Parse("<html><body><p>alone</p></body></html>");
        using var index = DomIndex.Attach(second);

        Assert.Null(DomIndex.Of(first.Body!));
        Assert.Equal(["p", "#text"], Names(DomWalker.Descendants(second.Body!)));
        Assert.False(index!.TryPosition(first.QuerySelector("#a")!, out _));
    }

    [Fact]
    public void Of_TwoDocumentsAttachedOnOneThread_FindsEachOwnIndexAndTheOuterAfterTheInnerIsDisposed()
    {
        var outer = Parse(Page);
        var inner = Parse("<html><body><p>Harbour notice</p></body></html>");
        using var outerIndex = DomIndex.Attach(outer);
        using (var innerIndex = DomIndex.Attach(inner))
        {
            Assert.Same(innerIndex, DomIndex.Of(inner.Body!));
            Assert.Same(outerIndex, DomIndex.Of(outer.Body!));
        }

        Assert.Null(DomIndex.Of(inner.Body!));
        Assert.Same(outerIndex, DomIndex.Of(outer.Body!));
    }

    [Fact]
    public async Task Of_IndexAttachedOnAnotherThread_IsNotSeen()
    {
        var document = Parse(Page);
        using var index = DomIndex.Attach(document);

        var seenElsewhere = await Task.Factory.StartNew(
            () => DomIndex.Of(document.Body!), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        Assert.Null(seenElsewhere);
        Assert.Same(index, DomIndex.Of(document.Body!));
    }

    [Fact]
    public void RentStats_NextPageAfterDispose_GetsClearedMeasures()
    {
        var first = Parse(Page);
        using (var index = DomIndex.Attach(first))
        {
            var stats = index!.RentStats(index.Nodes.Count);
            stats.AsSpan().Fill(new NodeStats { TextLength = 99 });
        }

        var second = Parse(Page);
        using var next = DomIndex.Attach(second);
        var reused = next!.RentStats(next.Nodes.Count);

        Assert.All(reused.AsSpan(0, next.Nodes.Count).ToArray(), measure => Assert.Equal(0, measure.TextLength));
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static List<string> Texts(IEnumerable<IElement> elements) => elements.Select(e => e.TextContent).ToList();

    private static List<string> Names(IEnumerable<INode> nodes) => [.. nodes.Select(n => n is IElement e ? e.LocalName : n.NodeName)];
}
