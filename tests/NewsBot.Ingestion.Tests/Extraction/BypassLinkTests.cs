using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class BypassLinkTests
{
    [Theory]
    [InlineData("<a href=\"#main\">Skip to main content</a>")]
    [InlineData("<a href=\"#nav\"> Skip navigation </a>")]
    [InlineData("<a href=\"#inhalt\">Zum Inhalt springen</a>")]
    [InlineData("<a href=\"#contenu\">Aller au contenu principal</a>")]
    [InlineData("<a href=\"#contenido\">Saltar al contenido</a>")]
    public void Is_ShortcutToAnAnchorOfThePage_True(string markup) => Assert.True(BypassLink.Is(Link(markup)));

    [Theory]
    [InlineData("<a href=\"/main\">Skip to main content</a>")]
    [InlineData("<a href=\"#\">Skip to main content</a>")]
    [InlineData("<a href=\"#harbour\">The harbour board's winter timetable</a>")]
    [InlineData("<a href=\"#step-3\">Skip to step three if the Quillon ferry is already booked for the winter</a>")]
    public void Is_OtherLink_False(string markup) => Assert.False(BypassLink.Is(Link(markup)));

    private static IElement Link(string markup) =>
        new HtmlParser().ParseDocument($"<html><body>{markup}</body></html>").Body!.QuerySelector("a")!;
}
