namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`„…“, erklärte eine Bahn-Sprecherin.`: a spokesperson compound speaks for the body its modifier names. Invented bodies and people.</summary>
public sealed class GermanCompoundSpokespersonTests
{
    [Fact]
    public void Extract_IndefiniteCompoundSpokesperson_TheBodysFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Ab März ändert die Nordliche Fähre ihre Tarife für Pendler.",
            "„Die Nachfrage ist stark gestiegen, deshalb brauchen wir mehr Schiffe“, erklärte eine Fähre-Sprecherin dem Blatt.");

        Assert.Equal("Nordliche Fähre", analysis.SpeakerOf("Die Nachfrage ist"));
    }

    [Fact]
    public void Extract_CompoundOfANameThatIsNoCommonWord_TheNameItself()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Werkstätten stellen ab März auf neue Maschinen um.",
            "„Die neuen Maschinen laufen seit Montag ohne Ausfall“, sagte ein Kwarteng-Sprecher am Abend.");

        Assert.Equal("Kwarteng", analysis.SpeakerOf("Die neuen Maschinen"));
    }

    [Fact]
    public void Extract_CompoundTheArticleGivesANamedHolder_NotTheBody()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Fähre-Sprecherin Ilka Morgenroth stellte die Tarife der Nordlichen Fähre am Montag vor.",
            "„Die Nachfrage ist stark gestiegen, deshalb brauchen wir mehr Schiffe“, erklärte die Fähre-Sprecherin.");

        Assert.NotEqual("Nordliche Fähre", analysis.SpeakerOf("Die Nachfrage ist"));
    }

    [Fact]
    public void Extract_CommonNounModifierWithNoFullerName_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Tarife ändern sich ab März für alle Pendler.",
            "„Die Nachfrage ist stark gestiegen, deshalb brauchen wir mehr Schiffe“, erklärte eine Stadt-Sprecherin.");

        Assert.Null(analysis.SpeakerOf("Die Nachfrage ist"));
    }
}
