using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class RepeatedProductLinesTests
{
    private static string Requirements(string system) => $"""
        <div class="sysreq"><h3>{system}</h3><ul><li>Graphics: any {system} card from the last decade</li>
          <li>Memory: 4 GB of RAM for the base game</li><li>Storage: 12 GB of free disk space</li>
          <li>Sound: any card that plays stereo output</li></ul></div>
        """;

    private const string Page = """
        <html><head><title>Lanternfall Harbour | Brackwater Games</title></head><body><main>
        <h1>Lanternfall Harbour</h1>
        <p>Guide a fishing village through forty winters of storms, feuds and stubborn gulls in this slow, careful strategy game.</p>
        <p>Every ship you build keeps its own logbook, and the harbour master remembers every promise you break.</p>
        {0}
        <ul class="sizes"><li>Deluxe edition</li><li>Deluxe edition</li></ul>
        </main></body></html>
        """;

    private static string Text(PageType type) => new ArticleExtractor().Extract(
        Page.Replace("{0}", Requirements("Windows") + Requirements("macOS") + Requirements("Linux"), StringComparison.Ordinal),
        new Uri("https://brackwater.example/games/lanternfall-harbour"), type).Text;

    private static int Count(string text, string line) => text.Split('\n').Count(l => l.Trim() == line);

    [Fact]
    public void Extract_ProductRepeatingRequirementsPerSystem_KeepsEachLineOnce()
    {
        var text = Text(PageType.Product);

        Assert.Equal(1, Count(text, "Memory: 4 GB of RAM for the base game"));
        Assert.Equal(1, Count(text, "Sound: any card that plays stereo output"));
        Assert.Contains("Linux", text, StringComparison.Ordinal);
        Assert.Contains("harbour master remembers", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ProductRepeatingShortVariantLine_KeepsBoth()
    {
        Assert.Equal(2, Count(Text(PageType.Product), "Deluxe edition"));
    }

    [Fact]
    public void Extract_CollectionRepeatingLines_KeepsThem()
    {
        Assert.Equal(3, Count(Text(PageType.Collection), "Memory: 4 GB of RAM for the base game"));
    }

    [Fact]
    public void Remove_RepeatInAnotherBlock_DropsItAndKeepsTheBlocksApart()
    {
        var text = RepeatedProductLines.Remove("Ships within two working days\nOak frame\n\nShips within two working days\nLinen cover");

        Assert.Equal("Ships within two working days\nOak frame\n\nLinen cover", text);
    }
}
