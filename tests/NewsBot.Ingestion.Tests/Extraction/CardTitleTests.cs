using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class CardTitleTests
{
    private const string Teaser = "<p>The Quillon harbour board met on Monday night and agreed to keep the winter ferry running twice a day until March.</p>";

    [Fact]
    public void Apply_LinkedHeadingOfACardWithATeaser_KeepsTheHeading()
    {
        var root = Root(Cards(i => $"<div class=\"card\"><div class=\"card-title\"><h4><a href=\"/n/{i}\">Harbour board keeps the winter ferry {i}</a></h4></div>{Teaser}</div>"));

        var excluded = Prune(root);

        Assert.False(excluded.CoversElement(root.QuerySelector(".card-title a")!));
    }

    [Fact]
    public void Apply_LinkedHeadingsWithoutProseAroundThem_AreClutter()
    {
        var root = Root(Cards(i => $"<div class=\"card\"><h4><a href=\"/n/{i}\">Harbour board keeps the winter ferry {i}</a></h4></div>"));

        var excluded = Prune(root);

        Assert.True(excluded.CoversElement(root.QuerySelector(".card a")!));
    }

    [Fact]
    public void Apply_PlainLinkInACardWithATeaser_IsStillClutter()
    {
        var root = Root(Cards(i => $"<div class=\"card\"><p class=\"more\"><a href=\"/n/{i}\">Harbour board keeps the winter ferry {i}</a></p>{Teaser}</div>"));

        var excluded = Prune(root);

        Assert.True(excluded.CoversElement(root.QuerySelector(".more a")!));
    }

    [Fact]
    public void Is_LinkedHeadingInACardLongerThanATeaser_IsFalse()
    {
        var longCard = string.Concat(Enumerable.Repeat(Teaser, 20));
        var root = Root($"<div class=\"card\"><h4 id=\"title\"><a href=\"/n/1\">Harbour board keeps the winter ferry</a></h4>{longCard}</div>");
        var heading = root.QuerySelector("#title")!;
        var stats = DocumentStats.Measure(root, new ExcludedNodes());

        Assert.False(CardTitle.Is(heading, stats.For(heading), stats));
    }

    private static string Cards(Func<int, string> card) => string.Concat(Enumerable.Range(1, 4).Select(card));

    private static ExcludedNodes Prune(IElement root)
    {
        var excluded = new ExcludedNodes();
        ContentPruner.Apply(root, excluded);
        return excluded;
    }

    private static IElement Root(string inner) => new HtmlParser().ParseDocument($"<html><body><article>{inner}</article></body></html>").QuerySelector("article")!;
}
