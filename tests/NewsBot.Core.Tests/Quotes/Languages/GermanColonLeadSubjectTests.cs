using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `Name, Rolle bei Firma, schlägt vor, dass …: „…“`: a German colon lead that is one sentence from the speaker's name to the
/// quote names the speaker however far the name stands from the quote. Invented people and firms.
/// </summary>
public sealed class GermanColonLeadSubjectTests
{
    [Fact]
    public void Extract_LongGermanColonLeadFromTheName_NamesTheSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Jana Korff, Vorständin bei der Lindqvist Software AG in Kiel, schlägt vor, dass die Werften an der Küste im nächsten Jahr gemeinsam mit ihren Zulieferern um neue Aufträge werben: „Wir sehen seit dem Frühjahr, dass die Nachfrage nach Schiffen wieder steigt.“");

        Assert.Equal("Jana Korff", analysis.SpeakerOf("Wir sehen seit dem Frühjahr"));
    }

    [Fact]
    public void Extract_LongGermanColonLeadNamingSomeoneElse_NotTheFirstName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Jana Korff, Vorständin bei der Lindqvist Software AG in Kiel, verweist auf eine Studie, die Professor Bernd Oltmanns von der Hochschule Flensburg im Sommer über die Werften geschrieben hat: „Die Betriebe der Region finden kaum noch Nachwuchs für ihre Werkstätten.“");

        Assert.NotEqual("Jana Korff", analysis.SpeakerOf("Die Betriebe der Region"));
    }

    [Fact]
    public void Extract_LongEnglishColonLead_StillWithheld()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            "Jana Korff, chief executive of Lindqvist Software in Kiel, suggested on Tuesday that the shipyards along the coast and their suppliers should bid together for new orders next year: \"We have seen since the spring that demand for ships is rising again.\"");

        Assert.Null(analysis.SpeakerOf("We have seen since"));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Of_FarLeadName_ShownOnlyWhenTheSentenceIsTheSpeakers(bool leadSentenceSubject, bool overBar)
    {
        var attribution = new Attribution("Jana Korff", null, true)
        {
            Source = AttributionSource.Cue,
            Cue = CueKind.Lead,
            Kind = CandidateKind.Name,
            Resolution = NameResolution.FullAsWritten,
            CueDistance = 220,
            LeadSentenceSubject = leadSentenceSubject,
        };

        Assert.Equal(overBar, AttributionConfidence.Of(attribution, 1) >= 0.7);
    }
}
