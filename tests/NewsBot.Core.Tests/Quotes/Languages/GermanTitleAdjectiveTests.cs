namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`sagte die Vorsitzende Richterin` after `Richterin …`: the title's adjective is no role of its own. Invented people.</summary>
public sealed class GermanTitleAdjectiveTests
{
    [Fact]
    public void Extract_VorsitzendeRichterinAfterRichterinByName_NamesTheJudge()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Den Vorsitz führte Richterin Gudrun Wallbrecht, die Anklage vertrat Staatsanwalt Jens Rothkegel.",
            "„Sie haben das Vertrauen der Menschen im Hafen schamlos ausgenutzt“, sagte die Vorsitzende Richterin bei der Urteilsbegründung.");

        Assert.Equal("Gudrun Wallbrecht", analysis.SpeakerOf("Sie haben"));
    }

    [Fact]
    public void Extract_VorsitzendeOfAClubIntroducedByName_StaysTheClubChair()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Vorsitzende des Seglervereins, Marion Thielke, verfolgte die Sitzung. Richterin Gudrun Wallbrecht war ebenfalls da.",
            "„Wir haben seit drei Jahren keinen sicheren Anleger mehr“, sagte die Vorsitzende des Seglervereins.");

        Assert.Equal("Marion Thielke", analysis.SpeakerOf("Wir haben"));
    }
}
