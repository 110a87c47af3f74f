using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class MetadataValueTests
{
    [Theory]
    [InlineData("2021-11-01T10:52:50+0100", "2021-11-01T09:52:50+00:00")]
    [InlineData("2021-11-01T10:52:50.123Z", "2021-11-01T10:52:50.123+00:00")]
    [InlineData("2021-11-01 10:52:50 UTC", "2021-11-01T10:52:50+00:00")]
    [InlineData("1700000000", "2023-11-14T22:13:20+00:00")]
    [InlineData("1700000000000", "2023-11-14T22:13:20+00:00")]
    [InlineData("Dec 19th 2025", "2025-12-19T00:00:00+00:00")]
    public void Parse_CommonDateShapes_GiveTheInstant(string value, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateValueParser.Parse(value));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("12345")]
    public void Parse_Unreadable_IsNull(string value) => Assert.Null(DateValueParser.Parse(value));

    [Theory]
    [InlineData("By Mirela Okonkwo", "Mirela Okonkwo")]
    [InlineData("  by:  Tobias  Ferreira-Lund ", "Tobias Ferreira-Lund")]
    [InlineData("Written by Ilse Marchetti", "Ilse Marchetti")]
    [InlineData("By Staff", null)]
    [InlineData("Staff Reporter", null)]
    [InlineData("Saltmarsh Ledger Staff", "Saltmarsh Ledger Staff")]
    public void Clean_Bylines_KeepPeopleAndAnOutletsStaff(string value, string? expected) => Assert.Equal(expected, BylineCleaner.Clean(value));

    [Theory]
    [InlineData("Daniel_Okafor", "Daniel Okafor")]
    [InlineData("Mr_Mysterious", "Mr_Mysterious")]
    [InlineData("holt_1987", "holt_1987")]
    [InlineData("maren_holt", "maren_holt")]
    public void Clean_UnderscoredUserName_ReadsAsTheNameOnlyWhenItIsOne(string value, string expected) => Assert.Equal(expected, BylineCleaner.Clean(value));

    [Fact]
    public void Clean_TitleWithLongTail_KeepsIt() =>
        Assert.Equal("Gardening - a practical guide to raised beds for small spaces in towns",
            TitleCleaner.Clean("Gardening - a practical guide to raised beds for small spaces in towns", null));

    [Fact]
    public void Clean_TitleWithKnownSiteSuffix_DropsIt() =>
        Assert.Equal("Pier sale", TitleCleaner.Clean("Pier sale | The Saltmarsh Ledger: news for the coast and the marshes", "Saltmarsh Ledger"));
}
