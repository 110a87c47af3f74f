using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>The text of a subtree as a reader sees its words.</summary>
public sealed class DomTextTests
{
    private static string TextOf(string body)
    {
        using var document = new HtmlParser().ParseDocument($"<html><body>{body}</body></html>");
        return DomText.Of(document.Body!);
    }

    [Theory]
    [InlineData("<div>By</div><div>Oona Castellanos</div>", "By Oona Castellanos")]
    [InlineData("<h1>News Product<br>Management</h1>", "News Product Management")]
    [InlineData("<li>Tides</li><li>Weather</li>", "Tides Weather")]
    [InlineData("<p>Harbour<b>master</b> <i>report</i></p>", "Harbourmaster report")]
    public void Of_BlocksAndInlineElements_SeparateWordsOnlyAtBlocks(string body, string expected) =>
        Assert.Equal(expected, TextOf(body));
}
