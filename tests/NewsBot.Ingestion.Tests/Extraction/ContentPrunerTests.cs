using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ContentPrunerTests
{
    private const string Links = "<li><p><a href=\"/p/1\">Harbour: fix the tide gauge rounding</a></p></li><li><p><a href=\"/p/2\">Harbour: add the winter timetable</a></p></li>";

    [Fact]
    public void Apply_LinkListAnnouncedByTheSentenceBefore_KeepsTheList()
    {
        var root = Root($"<p>Several patches for the Quillon harbour software were sent for review:</p><div class=\"list\"><ul id=\"list\">{Links}</ul></div>");

        var excluded = Prune(root);

        Assert.False(excluded.CoversElement(root.QuerySelector("#list a")!));
    }

    [Fact]
    public void Apply_LinkListAfterAShortLabel_IsClutter()
    {
        var root = Root($"<p>The ferry will stop in winter, the harbour board said, and the pier office will close early.</p><p>Related:</p><ul id=\"list\">{Links}</ul>");

        var excluded = Prune(root);

        Assert.True(excluded.CoversElement(root.QuerySelector("#list a")!));
    }

    [Fact]
    public void Apply_LinkListAfterASentenceThatAnnouncesNothing_IsClutter()
    {
        var root = Root($"<p>The ferry will stop in winter, the harbour board said on Monday.</p><ul id=\"list\">{Links}</ul>");

        var excluded = Prune(root);

        Assert.True(excluded.CoversElement(root.QuerySelector("#list a")!));
    }

    [Fact]
    public void Apply_LinkedTableOfManyRowsAndColumns_KeepsTheTable()
    {
        var rows = string.Concat(Enumerable.Range(1, 6).Select(i => $"<tr><td><a href=\"/y/{1990 + i}\">{1990 + i}</a></td><td><a href=\"/p/{i}\">Ottilie Brannersen {i}</a></td><td><a href=\"/c/{i}\">Quillon Oars</a></td></tr>"));
        var root = Root($"<p>The Quillon rowing prize has been awarded every year since 1991.</p><table id=\"winners\">{rows}</table>");

        var excluded = Prune(root);

        Assert.False(excluded.CoversElement(root.QuerySelector("#winners a")!));
    }

    [Fact]
    public void Apply_TwoColumnTableOfLinks_IsClutter()
    {
        var rows = string.Concat(Enumerable.Range(1, 6).Select(i => $"<tr><td><a href=\"/n/{i}\">More harbour news number {i}</a></td><td><a href=\"/n/{i}#c\">Comments</a></td></tr>"));
        var root = Root($"<p>The ferry will stop in winter, the harbour board said on Monday.</p><table id=\"more\">{rows}</table>");

        var excluded = Prune(root);

        Assert.True(excluded.CoversElement(root.QuerySelector("#more a")!));
    }

    private static ExcludedNodes Prune(IElement root)
    {
        var excluded = new ExcludedNodes();
        ContentPruner.Apply(root, excluded);
        return excluded;
    }

    private static IElement Root(string inner) => new HtmlParser().ParseDocument($"<html><body><article>{inner}</article></body></html>").QuerySelector("article")!;
}
