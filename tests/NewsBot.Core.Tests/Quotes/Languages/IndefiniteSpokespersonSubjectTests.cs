namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `Ein Sprecher von Kompass sagte: „…“`: an indefinite spokesperson before the verb speaks for the body, as after it; any other
/// indefinite subject (`Ein Anwohner sagte:`) stays someone unnamed. Invented bodies and people.
/// </summary>
public sealed class IndefiniteSpokespersonSubjectTests
{
    [Fact]
    public void Extract_GermanSpokesmanOfNamedBodyBeforeVerb_TheBody()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der Lieferdienst Kompass wächst in Falkenau schnell, viele Kunden bestellen dort jede Woche.",
            "Ein Sprecher von Kompass sagte: „Wir liefern weiterhin jeden Tag aus.“");

        Assert.Equal("Lieferdienst Kompass", analysis.SpeakerOf("Wir liefern weiterhin"));
    }

    [Fact]
    public void Extract_GermanResidentBeforeVerbAfterNamedPerson_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "„Wir liefern weiterhin jeden Tag aus“, sagte Kompass-Chefin Marta Vogler am Montag.",
            "Ein Anwohner sagte: „Die Lieferwagen fahren viel zu schnell durch unsere Straße.“");

        Assert.Null(analysis.SpeakerOf("Die Lieferwagen"));
    }

    [Fact]
    public void Extract_GermanCompoundSpokespersonBeforeVerb_TheBodysFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Ab März ändert die Nordliche Fähre ihre Tarife für Pendler.",
            "Eine Fähre-Sprecherin sagte: „Die Nachfrage ist stark gestiegen, deshalb brauchen wir mehr Schiffe.“");

        Assert.Equal("Nordliche Fähre", analysis.SpeakerOf("Die Nachfrage ist"));
    }

    [Fact]
    public void Extract_GermanCompoundBeforeVerbOfCommonNounAlone_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Tarife ändern sich ab März für alle Pendler.",
            "Eine Stadt-Sprecherin sagte: „Die Nachfrage ist stark gestiegen, deshalb brauchen wir mehr Schiffe.“");

        Assert.Null(analysis.SpeakerOf("Die Nachfrage ist"));
    }
}
