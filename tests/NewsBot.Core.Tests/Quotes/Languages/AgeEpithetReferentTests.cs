namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// An age epithet (`sagt die 51-Jährige`, `ha detto il 45enne`) is the person the article gave that age, else the person the
/// paragraph has just introduced in full; two people given that age leave the quote to no one. Invented people and places.
/// </summary>
public sealed class AgeEpithetReferentTests
{
    [Fact]
    public void Extract_GermanAgeNounAfterPersonIntroducedAsObject_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Bürgermeisterin Claudia Wyssbrod hat 4000 Unterschriften gesammelt. „Das Dorf braucht seine Fähre“, sagt sie.",
            "Unterstützung erhält sie von Fährfrau Andrea Zumbühl. Sie fährt seit 22 Jahren über den See. „Im Winter ist die Fähre der einzige Weg in die Stadt“, sagt die 51-Jährige.");

        Assert.Equal("Andrea Zumbühl", analysis.SpeakerOf("Im Winter ist"));
    }

    [Fact]
    public void Extract_ItalianAgeNounWithAgeGivenInAnni_PersonOfThatAge()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il pescatore Marco Ridolfi, 45 anni, lavora al porto da vent'anni. La sindaca Giulia Fantoni ha promesso un nuovo molo.",
            "«Senza il traghetto il paese muore», ha detto il 45enne.");

        Assert.Equal("Marco Ridolfi", analysis.SpeakerOf("Senza il traghetto"));
    }

    [Fact]
    public void Extract_GermanAgeNounGivenToTwoPeople_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Fischer Jonas Lübbers (54) und Hinnerk Tammen (54) fahren seit Jahren gemeinsam hinaus.",
            "„Ohne Fähre kommen wir nicht mehr zum Markt“, sagte der 54-Jährige.");

        Assert.Null(analysis.SpeakerOf("Ohne Fähre"));
    }

    [Fact]
    public void Extract_ItalianAgeNounGivenToTwoPeople_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "I pescatori Marco Ridolfi, 45 anni, e Luca Benassi, 45 anni, escono in mare ogni notte.",
            "«Senza il traghetto il paese muore», ha detto il 45enne.");

        Assert.Null(analysis.SpeakerOf("Senza il traghetto"));
    }
}
