using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class RepeatedCardMetaTests
{
    private static readonly string[] Posters = ["marlow", "tibbs", "quennell", "ashgrove", "pellam"];

    [Fact]
    public void Find_ListingWithMetaLineUnderEveryItem_KeepsTitlesAndTeasersWithoutTheMetaLines()
    {
        var text = ListingText(i => $"<div class=\"meta\">{i + 2} points by <a href=\"/u/{i}\">{Posters[i % 5]}</a> {i + 1} hours ago"
            + $" | <a href=\"/hide/{i}\">hide</a> | <a href=\"/item/{i}\">{i} comments</a></div>");

        Assert.Contains("Harbour trawler number 7 returns to Quillon", text, StringComparison.Ordinal);
        Assert.Contains("Crews in Quillon Sound counted 7 nets", text, StringComparison.Ordinal);
        Assert.DoesNotContain("points by", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hide", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ListingWithPriceLines_KeepsThePrices()
    {
        var text = ListingText(i => $"<p class=\"price\">Sale price USD {i + 10}.50</p>");

        Assert.Contains("Sale price USD 29.50", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ListingWithRepeatedRatingLines_KeepsThemWhenTheyNameNoAction()
    {
        var text = ListingText(i => $"<span class=\"rating\">4.{i % 10} average rating, {i * 31} ratings</span>");

        Assert.Contains("4.3 average rating, 93 ratings", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ServicePage_LeavesEveryLine()
    {
        var text = ListingText(i => $"<div class=\"meta\">{i + 2} points by {Posters[i % 5]} | hide | discuss</div>", PageType.Service);

        Assert.Contains("points by", text, StringComparison.Ordinal);
    }

    private static string ListingText(Func<int, string> metaLine, PageType type = PageType.Listing)
    {
        var cards = string.Concat(Enumerable.Range(0, 20).Select(i =>
            $"<li class=\"item\"><a href=\"/story/{i}\">Harbour trawler number {i} returns to Quillon</a>"
            + $"<p>Crews in Quillon Sound counted {i} nets drying on the old pier this week.</p>{metaLine(i)}</li>"));
        var body = new HtmlParser().ParseDocument($"<html><body><main><ul class=\"stories\">{cards}</ul></main></body></html>").Body!;
        var stats = DocumentStats.Measure(body, new ExcludedNodes());
        return PageTypeExtractor.Find(body, type, stats).Text() ?? "";
    }
}
