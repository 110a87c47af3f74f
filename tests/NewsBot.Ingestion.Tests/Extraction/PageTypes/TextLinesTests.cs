using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class TextLinesTests
{
    [Fact]
    public void Without_BlockOfOnlyDroppedLines_DropsTheBlockAndKeepsTheOthersApart()
    {
        var text = "Oak stool\nDROP\n\nDROP\nDROP\n\nWaxed with beeswax";

        Assert.Equal("Oak stool\n\nWaxed with beeswax", TextLines.Without(text, line => line == "DROP"));
    }
}
