using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`The Harbour Nights hunk, 29, fumed:`: a tabloid epithet with an age is the person it fits, never the speaker's name.</summary>
public sealed class AgeEpithetSpeakerTests
{
    [Fact]
    public void Extract_EpithetWithAgeAfterSubjectParagraph_ThatSubject()
    {
        var analysis = Extract(Article(
            "Reality star slams ex over wedding snub",
            "REALITY star Brody Fenwick has hit out at his old co-star Lulu Marsh after she left him off her guest list.",
            "The Harbour Nights hunk, 29, fumed online last night: “Ten years of friendship and I read about it in a magazine.”"));

        Assert.Equal("Brody Fenwick", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_EpithetWithAgeGivenEarlier_PersonOfThatAge()
    {
        var analysis = Extract(Article(
            "Lulu Marsh, 27, married footballer Brody Fenwick, 31, in front of 200 guests on Saturday.",
            "The Harbour Nights beauty, 27, gushed: “It was the best day of my life and I could not be happier.”"));

        Assert.Equal("Lulu Marsh", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_EpithetWithAgeAndNoPersonNamed_NotTheEpithet()
    {
        var analysis = Extract(Article(
            "A reality show has been rocked by a row over a wedding guest list.",
            "The Harbour Nights hunk, 29, fumed online last night: “Ten years of friendship and I read about it in a magazine.”"));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }
}
