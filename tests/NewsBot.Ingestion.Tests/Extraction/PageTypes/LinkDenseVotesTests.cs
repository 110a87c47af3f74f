using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

/// <summary>The link-share signal of <see cref="PageTypeDetector"/>: content made of headline links is a hub, furniture aside.</summary>
public sealed class LinkDenseVotesTests
{
    private static readonly Uri PageUri = new("https://saltmarsh.example/harbour");

    private static PageType Detect(string body)
    {
        using var document = new HtmlParser().ParseDocument($"<html><head><title>Saltmarsh Courier</title></head><body>{body}</body></html>");
        return PageTypeDetector.Detect(document, PageUri, ArticleMetadata.Empty).Type;
    }

    private static string HeadlineLinks(int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"<li><a href=\"/stories/{i}\">Saltmarsh council votes on harbour wall repair plan {i}</a></li>"));

    private static string Prose(int paragraphs) => string.Concat(Enumerable.Range(1, paragraphs).Select(i =>
        $"<p>Paragraph {i} of the report on the harbour wall, which the council repaired over the winter at a cost nobody had expected.</p>"));

    [Fact]
    public void Detect_ContentOfHeadlineLinksWithoutCards_IsListing() =>
        Assert.Equal(PageType.Listing, Detect($"<main><h1>Harbour</h1><ul>{HeadlineLinks(12)}</ul></main>"));

    [Fact]
    public void Detect_FewHeadlineLinks_StaysArticle() =>
        Assert.Equal(PageType.Article, Detect($"<main><h1>Harbour</h1><ul>{HeadlineLinks(5)}</ul></main>"));

    [Fact]
    public void Detect_ArticleWithHeadlineLinksInItsFurniture_StaysArticle() =>
        Assert.Equal(PageType.Article, Detect($"<article><h1>Harbour wall holds</h1>{Prose(3)}</article><aside><ul>{HeadlineLinks(30)}</ul></aside><footer><ul>{HeadlineLinks(20)}</ul></footer>"));

    [Fact]
    public void Detect_ArticleWithARelatedListUnderIt_StaysArticle() =>
        Assert.Equal(PageType.Article, Detect($"<article><h1>Harbour wall holds</h1>{Prose(12)}</article><ul>{HeadlineLinks(10)}</ul>"));
}
