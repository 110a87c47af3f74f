namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>German reporting verbs whose stem takes a linking `e` (`entgegnete`, `zeichnete`) or is a compound (`schlussfolgerte`). Invented people.</summary>
public sealed class GermanVerbFormTests
{
    [Fact]
    public void Extract_EntgegneteAfterAnotherSpeaker_NamesTheInvertedSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "„Das Geld für die Fähre fehlt uns“, sagte Kämmerer Paul Weber.",
            "„Wir brauchen die Fähre noch vor dem Winter zurück“, entgegnete die Stadträtin Hanna Roth.");

        Assert.Equal("Hanna Roth", analysis.SpeakerOf("Wir brauchen die Fähre"));
    }

    [Fact]
    public void Extract_Schlussfolgerte_NamesTheInvertedSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "„Die Ergebnisse der Umfrage sind ein deutliches Warnsignal“, schlussfolgerte die Verbandsvorsitzende Greta Lindner.");

        Assert.Equal("Greta Lindner", analysis.SpeakerOf("Die Ergebnisse der Umfrage"));
    }

    [Theory]
    [InlineData("„Die Fähre fährt zu selten“, bemängelte die Stadträtin Hanna Roth.")]
    [InlineData("„Die Fähre fährt zu selten“, findet die Stadträtin Hanna Roth.")]
    [InlineData("„Die Fähre fährt zu selten“, betete die Pfarrerin Hanna Roth.")]
    [InlineData("„Die Fähre fährt zu selten“, wandte die Stadträtin Hanna Roth ein.")]
    public void Extract_JudgingOrMannerVerb_NamesTheInvertedSubject(string paragraph)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", paragraph);

        Assert.Equal("Hanna Roth", analysis.SpeakerOf("Die Fähre fährt"));
    }

    [Fact]
    public void Extract_BeobachtetBeforeARelativeClause_NamesTheSourceOfTheQuoteAfter()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Zahl der Ausfälle steigt, beobachtet Paul Weber, der das Referat für Häfen leitet. „Wir sehen eine immer größere Belastung der Kais.“");

        Assert.Equal("Paul Weber", analysis.SpeakerOf("Wir sehen eine"));
    }
}
