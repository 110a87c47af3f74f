using NewsBot.Ingestion.Extraction.Markup;

namespace NewsBot.Ingestion.Tests.Extraction.Markup;

public sealed class MarkupScannerTests
{
    [Theory]
    [InlineData("<!-- tide --><p>", "<!-- tide -->")]
    [InlineData("<!-- tide --!><p>-->", "<!-- tide --!>")]
    [InlineData("<!-- tide --><p>--!>", "<!-- tide -->")]
    [InlineData("<!--><p>", "<!-->")]
    [InlineData("<!-- tide", "<!-- tide")]
    public void DeclarationEnd_Comment_EndsAtTheFirstClose(string html, string comment)
    {
        Assert.Equal(comment.Length, MarkupScanner.DeclarationEnd(html, 0));
    }
}
