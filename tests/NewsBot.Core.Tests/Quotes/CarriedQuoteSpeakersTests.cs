using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>The parts of a quote carried across paragraphs share one speaker. Invented people.</summary>
public sealed class CarriedQuoteSpeakersTests
{
    [Fact]
    public void Share_LaterPartWithoutSpeaker_TakesTheCuedSpeakerAsCarried()
    {
        QuotedSegment[] segments = [new(new TextSpan(1, 10), 0, -1, 0), new(new TextSpan(21, 30), 20, 31, 1) { ContinuesSegment = 0 }];
        Attribution[] result = [new("Lena Korr", null, true) { Source = AttributionSource.Cue }, Attribution.None];

        CarriedQuoteSpeakers.Share(segments, result);

        Assert.Equal("Lena Korr", result[1].Speaker);
        Assert.Equal(AttributionSource.CarriedQuote, result[1].Source);
    }

    [Fact]
    public void Share_UnrelatedQuote_StaysWithoutSpeaker()
    {
        QuotedSegment[] segments = [new(new TextSpan(1, 10), 0, 11, 0), new(new TextSpan(21, 30), 20, 31, 1)];
        Attribution[] result = [new("Lena Korr", null, true) { Source = AttributionSource.Cue }, Attribution.None];

        CarriedQuoteSpeakers.Share(segments, result);

        Assert.Null(result[1].Speaker);
    }
}
