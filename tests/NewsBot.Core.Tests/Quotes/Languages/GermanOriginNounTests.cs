using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A German origin noun as a cue's subject (`sagte der Münchner`) is the one person the article tied to that place; two such
/// people leave the quote to no one. Invented people and places.
/// </summary>
public sealed class GermanOriginNounTests
{
    [Fact]
    public void Extract_OriginNounOfOnePersonTiedToTheCity_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Den Lauf am Kleinfelder Deich gewann Jonas Treiber. Zweiter wurde der Münchner Lukas Oberhuber.",
            "„Gegen Jonas war heute nichts zu machen“, sagte der Münchner.");

        Assert.Equal("Lukas Oberhuber", analysis.SpeakerOf("Gegen Jonas"));
    }

    [Fact]
    public void Extract_OriginNounOfTwoPeopleTiedToTheCity_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Hamburger Tjark Evers und Malte Heinsohn haben am Hafen eine Räucherei eröffnet. „Wir wollten raus aus der Stadt“, sagt Evers.",
            "„Hier kennt jeder jeden, das war am Anfang ungewohnt“, sagt der Hamburger.");

        Assert.Null(analysis.SpeakerOf("Hier kennt"));
    }

    [Theory]
    [InlineData("Hamburger", "Hamburg")]
    [InlineData("Kölnerin", "Köln")]
    [InlineData("Österreicher", "Österreich")]
    public void TyingWords_OriginNoun_IncludesThePlace(string noun, string place) =>
        Assert.Contains(place, GermanOriginNoun.TyingWords(noun)!);

    [Theory]
    [InlineData("Fischer")]
    [InlineData("Sprecher")]
    public void TyingWords_PersonNounThatIsNoOrigin_Null(string noun) =>
        Assert.Null(GermanOriginNoun.TyingWords(noun));
}
