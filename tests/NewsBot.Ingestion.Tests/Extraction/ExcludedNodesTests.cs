using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ExcludedNodesTests
{
    private const string Page = "<html><body><div id=\"a\"><p id=\"a1\">One</p></div><div id=\"b\"><p id=\"b1\">Two</p></div><p id=\"c\">Three</p></body></html>";

    [Fact]
    public void Walk_IndexedPageWithTwoSets_EachSkipsOnlyItsOwnRoots()
    {
        using var document = new HtmlParser().ParseDocument(Page);
        using var index = DomIndex.Attach(document);
        var first = new ExcludedNodes();
        var second = new ExcludedNodes();
        first.Add(document.GetElementById("a")!);
        second.Add(document.GetElementById("b")!);

        Assert.Equal(["b", "b1", "c"], Ids(first.Walk(document.Body!)));
        Assert.Equal(["a", "a1", "c"], Ids(second.Walk(document.Body!)));
    }

    [Fact]
    public void Walk_RootExcludedWhileWalking_IsNotEntered()
    {
        using var document = new HtmlParser().ParseDocument(Page);
        using var index = DomIndex.Attach(document);
        var excluded = new ExcludedNodes();
        var seen = new List<string>();
        foreach (var element in excluded.Walk(document.Body!).OfType<IElement>())
        {
            seen.Add(element.Id!);
            if (element.Id == "a")
            {
                excluded.Add(element);
            }
        }

        Assert.Equal(["a", "b", "b1", "c"], seen);
    }

    [Fact]
    public void WalkElements_IndexedAndUnindexedPage_YieldTheElementsOfTheWalk()
    {
        using var indexed = new HtmlParser().ParseDocument(Page);
        using var index = DomIndex.Attach(indexed);
        var plain = new HtmlParser().ParseDocument(Page);
        var (onIndexed, onPlain) = (new ExcludedNodes(), new ExcludedNodes());
        onIndexed.Add(indexed.GetElementById("a")!);
        onPlain.Add(plain.GetElementById("a")!);

        Assert.Equal(["b", "b1", "c"], onIndexed.WalkElements(indexed.Body!).Select(e => e.Id!).ToList());
        Assert.Equal(["b", "b1", "c"], onPlain.WalkElements(plain.Body!).Select(e => e.Id!).ToList());
    }

    [Fact]
    public void Walk_PageWithoutIndex_SkipsExcludedRoots()
    {
        var document = new HtmlParser().ParseDocument(Page);
        var excluded = new ExcludedNodes();
        excluded.Add(document.GetElementById("b")!);

        Assert.Equal(["a", "a1", "c"], Ids(excluded.Walk(document.Body!)));
    }

    private static List<string> Ids(IEnumerable<INode> nodes) => nodes.OfType<IElement>().Select(e => e.Id!).ToList();
}
