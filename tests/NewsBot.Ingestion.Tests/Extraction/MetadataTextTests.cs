using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class MetadataTextTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(" \t\n", null)]
    [InlineData("Ferry Timetables Return", "Ferry Timetables Return")]
    [InlineData("  Ferry\n  Timetables\tReturn ", "Ferry Timetables Return")]
    [InlineData("Knots &#x26; Nets", "Knots & Nets")]
    public void Clean_DeclaredValues_GiveTheTextAReaderSees(string? value, string? expected) =>
        Assert.Equal(expected, MetadataText.Clean(value));
}
