namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`„…“, sagte der Bundestrainer` after a striker's quote: the role's one holder, not the turn going on. Invented people.</summary>
public sealed class GermanRoleHolderTurnTests
{
    [Fact]
    public void Extract_RoleOfAnotherPersonAfterAQuote_NamesTheRoleHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Bundestrainer Wolfram Reitmaier hat seinen Kader für die Spiele im November benannt.",
            "Nicht dabei ist Stürmer Marco Pellwitz. „Natürlich ist das bitter, aber ich gebe weiter Gas“, schrieb Pellwitz. „Marco weiß genau, was ihm noch fehlt. Die Tür ist nicht zu.“, sagte der Bundestrainer dazu.");

        Assert.Equal("Wolfram Reitmaier", analysis.SpeakerOf("Marco weiß"));
    }

    [Fact]
    public void Extract_RoleOfTheSpeakerBefore_ContinuesTheTurn()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Bundestrainer Wolfram Reitmaier hat seinen Kader für die Spiele im November benannt.",
            "„Wir brauchen Spieler, die solche Spiele schon erlebt haben“, sagte Reitmaier. „Die Tür bleibt für alle offen.“, sagte der Bundestrainer dazu.");

        Assert.Equal("Wolfram Reitmaier", analysis.SpeakerOf("Die Tür bleibt"));
    }
}
