using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class MachineTokenLinesTests
{
    private const string Scrambled = "Qa81f0c2e-77d1-4b0e-9c3a-5e2f9d1b6a40pb2c91e77-0f3d-41aa-8e5b-c0d4a9f31e28";

    private static string ProductPage => $"""
        <html><head><title>Tarrow lantern | Brambleford Joinery</title></head><body><main>
        <h1>Tarrow lantern, oiled oak</h1><p class="price">£64.00</p>
        <p>A storm lantern turned from one block of oak, with a glass chimney blown in the Tarrow valley.</p>
        <div class="item-data"><p>thumb_Oak:</p><p>https://cdn.brambleford.example/images/160x160/lantern/oak-swatch.jpg</p></div>
        <div class="item-meta"><p>{Scrambled}</p></div>
        <p>Model TL-2041, fitted with a brass handle that stays cool while the candle burns.</p>
        </main></body></html>
        """;

    [Fact]
    public void Extract_ProductWithAddressAndScrambledLines_DropsThemAndKeepsTheProse()
    {
        var article = new ArticleExtractor().Extract(ProductPage, new Uri("https://brambleford.example/p/tarrow-lantern"), PageType.Product);

        Assert.Contains("glass chimney blown in the Tarrow valley", article.Text, StringComparison.Ordinal);
        Assert.Contains("Model TL-2041", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.brambleford.example", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Scrambled, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://cdn.brambleford.example/images/oak-swatch.jpg", true)]
    [InlineData(Scrambled, true)]
    [InlineData("Item code: " + Scrambled, true)]
    [InlineData("Oak lantern TL-2041-brass-handle-oiled-finish with a glass chimney and a brass handle", false)]
    [InlineData("Characteristically-unpronounceable-hyphenation without digits", false)]
    [InlineData("A storm lantern turned from one block of oak", false)]
    public void IsMachineLine_Line_MatchesOnlyALineMostlyOfMachineTokens(string line, bool expected) =>
        Assert.Equal(expected, MachineTokenLines.IsMachineLine(line));

    [Fact]
    public void Remove_TextOnlyOfMachineLines_ReturnsItUnchanged()
    {
        var text = "https://cdn.brambleford.example/images/oak-swatch.jpg";

        Assert.Equal(text, MachineTokenLines.Remove(text));
    }
}
