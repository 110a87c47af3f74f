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
}
