using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using NewsBot.Evaluation;
using NewsBot.Testing;

namespace NewsBot.Tests.Evaluation;

/// <summary>
/// The text of trafilatura-eval pages that our news-set annotations point into. Its output is pinned on two corpus
/// pages: if it changes, every offset of eval/news-quotes/additions.jsonl is wrong.
/// </summary>
public sealed class PageParagraphTextTests
{
    [Fact]
    public void From_Page_TitleThenParagraphsCollapsedAndEmptyOnesDropped()
    {
        const string html = "<html><head><title>Site title</title><meta property='og:title' content='Og title'></head><body>" +
            "<h1> Harbour\n reopens </h1><p>First  line\n of text.</p><p> \u00a0 </p><div><p>Inner <b>bold</b> part.</p></div>" +
            "<blockquote><p>“We are ready,” she said.</p></blockquote><ul><li>menu item</li></ul></body></html>";

        var text = PageParagraphText.From(html);

        Assert.Equal("Harbour reopens\n\nFirst line of text.\n\nInner bold part.\n\n“We are ready,” she said.", text);
    }

    [Theory]
    [InlineData("<head><meta property='og:title' content='Og title'><title>Site</title></head><body><p>Body.</p></body>", "Og title\n\nBody.")]
    [InlineData("<head><title> Only  title </title></head><body><h1> </h1><p>Body.</p></body>", "Only title\n\nBody.")]
    [InlineData("<body><p>Body only.</p></body>", "Body only.")]
    public void From_NoHeading_FallsBackToOgTitleThenTitle(string html, string expected) =>
        Assert.Equal(expected, PageParagraphText.From(html));

    [Theory]
    [InlineData("0287", "1c9f6d469a5dc26d0e697c4854971c91e19c11a1f4709a4ea64c1b211e57dfc8")]
    [InlineData("0871", "ef5719e7c6c5a49c73676dcdc55e154546cddfc00bce3ab4c1a9a5e2b7fd1c57")]
    public void From_AnnotatedCorpusPage_OutputNeverChanges(string page, string sha256)
    {
        var folder = TestPaths.SharedDataFolder("trafilatura-eval");
        if (folder is null)
            Assert.Skip("../shared/data/trafilatura-eval is absent (evaluation data lives outside the repository)");
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(folder, "html", page + ".html.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false, false));

        var text = PageParagraphText.From(reader.ReadToEnd());

        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }
}
