using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`The Quay Street spot said "…"`: a place noun built on a place name is no source as written. Invented pub.</summary>
public sealed class PlaceHeadTests
{
    [Fact]
    public void Extract_PlaceNounOnAPlaceName_NotGivenAsTheSpeaker()
    {
        var analysis = Extract(Article(
            "Popular pub The Harbour Light will close, and has said it is unlikely to reopen before spring.",
            "The Quay Street spot said \"there is no point in a pub being open while the town is told to stay at home\"."));

        Assert.DoesNotContain("spot", analysis.QuoteStarting("there is no point").Speaker ?? string.Empty, StringComparison.Ordinal);
    }
}
