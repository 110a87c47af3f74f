namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Whose view a German sentence states before its quote: `Für Anna Berg ist klar, dass „…“`, `Nach Ansicht von …`,
/// `Seiner Meinung nach …`, and `rät` as a verb of saying. Invented people and bodies.
/// </summary>
public sealed class GermanViewpointLeadTests
{
    [Fact]
    public void Extract_ViewpointOfANamedPersonAfterAnotherSpeaker_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "„Die Mieten steigen schneller als die Löhne“, sagt die Vorsitzende Petra Lindqvist. Für unseren Geschäftsführer Tobias Wendel ist klar, dass „die Stadt jetzt einen Plan für die Fähre vorlegen muss“.");

        Assert.Equal("Tobias Wendel", analysis.SpeakerOf("die Stadt jetzt"));
    }

    [Fact]
    public void Extract_ViewpointStandsFestBeforeAColon_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Für Trainerin Marlene Osterkamp steht fest: „Wir werden im Frühjahr wieder mit voller Mannschaft antreten.“");

        Assert.Equal("Marlene Osterkamp", analysis.SpeakerOf("Wir werden im Frühjahr"));
    }

    [Fact]
    public void Extract_ForWhomSomethingIsHardWithoutAView_NotThatGroup()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Für die Familien am Hafen ist das schwer: „Wir warten seit Wochen auf eine Antwort der Stadt.“");

        Assert.NotEqual("Familien", analysis.SpeakerOf("Wir warten seit Wochen"));
    }

    [Fact]
    public void Extract_NachAnsichtVonANamedPerson_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Nach Ansicht von Hafenmeister Jonas Brettschneider fehlt der Stadt der Mut: „Man hätte die Fähre längst reparieren können.“");

        Assert.Equal("Jonas Brettschneider", analysis.SpeakerOf("Man hätte die Fähre"));
    }

    [Fact]
    public void Extract_RaetAfterTheQuote_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Fähre bleibt bis Mai im Dock. „Pendler sollten für die nächsten Wochen den Bus nehmen“, rät Verkehrsplanerin Ilse Honkamp.");

        Assert.Equal("Ilse Honkamp", analysis.SpeakerOf("Pendler sollten"));
    }
}
