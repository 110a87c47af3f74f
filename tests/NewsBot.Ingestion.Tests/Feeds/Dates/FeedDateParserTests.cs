using NewsBot.Ingestion.Feeds.Dates;

namespace NewsBot.Ingestion.Tests.Feeds.Dates;

public sealed class FeedDateParserTests
{
    [Theory]
    [InlineData("Sat, 28 Nov 2026 09:30:00 GMT", "2026-11-28T09:30:00Z")]
    [InlineData("Sat, 28 Nov 2026 09:30:00 EST", "2026-11-28T14:30:00Z")]
    [InlineData("Sat, 28 Nov 2026 09:30:00 PDT", "2026-11-28T16:30:00Z")]
    [InlineData("Sat, 28 Nov 2026 09:30:00 CEST", "2026-11-28T07:30:00Z")]
    [InlineData("Sat, 28 Nov 2026 09:30:00 Z", "2026-11-28T09:30:00Z")]
    [InlineData("Sat, 28 Nov 2026 09:30:00 N", "2026-11-28T08:30:00Z")]
    [InlineData("Sat, 28 Nov 2026 09:30:00 +0530", "2026-11-28T04:00:00Z")]
    [InlineData("Sat, 28 Nov 2026 09:30:00 GMT+2", "2026-11-28T07:30:00Z")]
    [InlineData("Sat, 28 Nov 26 09:30 GMT", "2026-11-28T09:30:00Z")]
    [InlineData("28 November 2026 09:30:00 UT", "2026-11-28T09:30:00Z")]
    [InlineData("Sat,28 Nov 2026 09:30:00 -0000", "2026-11-28T09:30:00Z")]
    [InlineData("Sat Nov 28 09:30:00 2026", "2026-11-28T09:30:00Z")]
    [InlineData("Sat, 28 Nov 2026", "2026-11-28T00:00:00Z")]
    public void Parse_Rfc822Variants_ReturnsUtcInstant(string input, string expectedUtc) =>
        Assert.Equal(FeedFixtures.Utc(expectedUtc), FeedDateParser.Parse(input));

    [Theory]
    [InlineData("2026-11-28T09:30:00Z", "2026-11-28T09:30:00Z")]
    [InlineData("2026-11-28T09:30:00.123+01:00", "2026-11-28T08:30:00Z")]
    [InlineData("2026-11-28T09:30:00+0100", "2026-11-28T08:30:00Z")]
    [InlineData("2026-11-28 09:30:00", "2026-11-28T09:30:00Z")]
    [InlineData("2026-11-28T09:30Z", "2026-11-28T09:30:00Z")]
    [InlineData("20261128", "2026-11-28T00:00:00Z")]
    [InlineData("2026-11", "2026-11-01T00:00:00Z")]
    [InlineData("2026", "2026-01-01T00:00:00Z")]
    [InlineData("2026-332", "2026-11-28T00:00:00Z")]
    public void Parse_Iso8601Variants_ReturnsUtcInstant(string input, string expectedUtc) =>
        Assert.Equal(FeedFixtures.Utc(expectedUtc), FeedDateParser.Parse(input));

    [Theory]
    [InlineData("2026년 11월 28일 18:30:00", "2026-11-28T09:30:00Z")]
    [InlineData("2026-11-28 오전 9:30:00", "2026-11-28T00:30:00Z")]
    [InlineData("2026-november-28T9:30+01:00", "2026-11-28T08:30:00Z")]
    [InlineData("Σαβ, 28 Νοέ 2026 09:30:00 GMT", "2026-11-28T09:30:00Z")]
    [InlineData("Sat, 2026/11/28 09:30:00 EST", "2026-11-28T14:30:00Z")]
    public void Parse_LocalizedFormats_ReturnsUtcInstant(string input, string expectedUtc) =>
        Assert.Equal(FeedFixtures.Utc(expectedUtc), FeedDateParser.Parse(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("Sat, 31 Nov 2026 09:30:00 GMT")]
    [InlineData("2026-13-01")]
    [InlineData("2026-11-28T24:30:00Z")]
    [InlineData("2026-11-28T09:30:00+25:00")]
    [InlineData("Sat, 28 Nov 2026 09:30:00 +zz00")]
    [InlineData("Sat, 28 Nov 2026 9:30:00:01 GMT")]
    public void Parse_Garbage_ReturnsNull(string? input) => Assert.Null(FeedDateParser.Parse(input));

    [Fact]
    public void Parse_OffsetDate_KeepsOriginalOffset() =>
        Assert.Equal(TimeSpan.FromHours(-5), FeedDateParser.Parse("Sat, 28 Nov 2026 09:30:00 EST")!.Value.Offset);
}
