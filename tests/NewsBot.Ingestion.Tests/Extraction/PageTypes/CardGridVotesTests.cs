using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

/// <summary>The card-grid signal of <see cref="PageTypeDetector"/>, on invented pages with no declared type.</summary>
public sealed class CardGridVotesTests
{
    private static PageType Detect(string body, string url)
    {
        using var document = new HtmlParser().ParseDocument($"<html><head><title>Saltmarsh Courier</title></head><body>{body}</body></html>");
        return PageTypeDetector.Detect(document, new Uri(url), ArticleMetadata.Empty).Type;
    }

    private static string Cards(int count, Func<int, string> extra) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"<div class=\"teaser\"><h3><a href=\"/stories/{i}\">Saltmarsh harbour story number {i}</a></h3><p>A short teaser for story {i} about the harbour wall.</p>{extra(i)}</div>"));

    [Fact]
    public void Detect_GridOfTitledCards_IsListing() =>
        Assert.Equal(PageType.Listing, Detect($"<main><h1>Harbour</h1><section>{Cards(12, _ => "")}</section></main>", "https://saltmarsh.example/harbour"));

    [Fact]
    public void Detect_GridOfPricedCards_IsCollection() =>
        Assert.Equal(PageType.Collection, Detect($"<main><h1>Rope</h1><section>{Cards(12, i => $"<span>£{i + 4}.50</span>")}</section></main>", "https://saltmarsh.example/rope"));

    [Fact]
    public void Detect_FrontPageOfCards_IsListing() =>
        Assert.Equal(PageType.Listing, Detect($"<section>{Cards(8, _ => "")}</section>", "https://saltmarsh.example/"));

    [Fact]
    public void Detect_ArticleWithLinkedParagraphs_StaysArticle()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<p>The harbour master said on day {i} that the wall held, and <a href=\"/stories/{i}\">the earlier report on the harbour wall</a> gives the background.</p>"));

        Assert.Equal(PageType.Article, Detect($"<article><h1>Harbour wall holds</h1>{paragraphs}</article>", "https://saltmarsh.example/harbour-wall-holds"));
    }

    [Fact]
    public void Detect_FewCardsUnderAnArticle_StaysArticle()
    {
        var prose = string.Concat(Enumerable.Range(1, 10).Select(i =>
            $"<p>Paragraph {i} of the long report on the harbour wall, which the council repaired over the winter at a cost nobody expected.</p>"));

        Assert.Equal(PageType.Article, Detect($"<article><h1>Harbour wall holds</h1>{prose}</article><div class=\"related\">{Cards(6, _ => "")}</div>", "https://saltmarsh.example/harbour-wall-holds"));
    }
}
