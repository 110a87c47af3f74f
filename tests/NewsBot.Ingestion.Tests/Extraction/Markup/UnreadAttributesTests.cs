using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.Markup;

namespace NewsBot.Ingestion.Tests.Extraction.Markup;

public sealed class UnreadAttributesTests
{
    [Fact]
    public void RemoveFrom_UnreadAttributes_LeftOutReadOnesKept()
    {
        var html = "<p class=\"lede\" data-track=\"x1\" id=main onclick='go()'>The Quillmouth tide rises.</p>";

        Assert.Equal("<p class=\"lede\"  id=main >The Quillmouth tide rises.</p>", Removed(html));
    }

    [Fact]
    public void RemoveFrom_SvgPathData_LeftOut()
    {
        var html = "<svg viewBox=\"0 0 8 8\"><path d=\"M0 0L8 8\" fill=\"red\"/><rect width=8/></svg>";

        // An unquoted value takes the slash as the tokenizer does: "width=8/" is a value, not a closing slash.
        Assert.Equal("<svg ><path  /><rect ></svg>", Removed(html));
    }

    [Theory]
    [InlineData("<script data-x=\"1\">var a = '<p data-y=\"2\">';</script>", "<script >var a = '<p data-y=\"2\">';</script>")]
    [InlineData("<!-- <p data-y=\"2\"> --><p data-y=\"2\">", "<!-- <p data-y=\"2\"> --><p >")]
    [InlineData("<textarea><b data-y=\"2\"></textarea><b data-y=\"2\">", "<textarea><b data-y=\"2\"></textarea><b >")]
    [InlineData("<script>if (a <!-- b) {}</script><p data-y=\"2\">", "<script>if (a <!-- b) {}</script><p data-y=\"2\">")]
    [InlineData("<p title=\"a > b\" data-y='c > d'>", "<p title=\"a > b\" >")]
    public void RemoveFrom_RawTextCommentsAndQuotes_ReadAsTheTokenizerDoes(string html, string expected)
    {
        Assert.Equal(expected, Removed(html));
    }

    [Fact]
    public void RemoveFrom_AttributeAfterSlash_KeepsTheTagOpen()
    {
        // "<path/d=...>" left as "<path/>" would close a foreign element itself; a space keeps it open as before.
        Assert.Equal("<svg><path/ ><g></g></svg>", Removed("<svg><path/d=\"M0 0\"><g></g></svg>"));
    }

    [Fact]
    public void Parse_PageWithUnreadAttributes_SameTreeAndReadAttributes()
    {
        var html = "<body><div class=\"story\" data-id=\"7\" style=\"display:none\"><a href=\"/b\" data-author=\"Ada Quill\" target=\"_blank\">Ada</a></div></body>";

        using var document = PageParser.Parse(html);

        var link = document.QuerySelector("a")!;
        Assert.Equal(["class", "style"], document.QuerySelector("div")!.Attributes.Select(a => a.Name));
        Assert.Equal(["href", "data-author"], link.Attributes.Select(a => a.Name));
        Assert.Equal("Ada Quill", link.GetAttribute("data-author"));
    }

    private static string Removed(string html)
    {
        var markup = html.ToCharArray();
        return new string(markup, 0, UnreadAttributes.RemoveFrom(markup));
    }
}
