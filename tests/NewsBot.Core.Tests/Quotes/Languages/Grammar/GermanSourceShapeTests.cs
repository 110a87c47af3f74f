using static NewsBot.Core.Tests.Quotes.Languages.Grammar.GermanStructureKit;

namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>
/// Sources of blog and magazine reports: a lead closing with `, so X:` after an according-to phrase, a body's acronym after
/// its full name, and a judging verb (`befand`) in the tail. Invented people and bodies.
/// </summary>
public sealed class GermanSourceShapeTests
{
    private const string Plan = "Die Reederei Seefahrt Nord hat einen neuen Fahrplan für Kleinfeld. | ";

    [Theory]
    [InlineData("Aus Sicht von Seefahrt Nord sei der Fahrplan der Kern des Angebots, so Geschäftsführerin Greta Lindner: „Wir fahren ab März jede Stunde nach Kleinfeld und zurück.“")]
    [InlineData("Laut Seefahrt Nord ist der Fahrplan der Kern des Angebots, so die Geschäftsführerin Greta Lindner: „Wir fahren ab März jede Stunde nach Kleinfeld und zurück.“")]
    public void Extract_LeadClosingWithSoAndSource_ThatSourceNotTheEarlierOne(string sentence)
    {
        Assert.Equal("Greta Lindner", SpeakerIn(Plan + sentence, "ab März"));
    }

    [Theory]
    [InlineData("Der VFF legt in einer E-Mail Wert auf die Feststellung, „dass die Fähre seit Wochen zu spät in Kleinfeld ankommt“.")]
    [InlineData("„Die Fähre kommt seit Wochen zu spät in Kleinfeld an“, teilte der VFF mit.")]
    public void Extract_AcronymOfBodyNamedBefore_TheBodysFullName(string sentence)
    {
        var passage = "Der Verband für Fairen Fährverkehr hat gegen die Reederei geklagt. | " + sentence;

        Assert.Equal("Verband für Fairen Fährverkehr", SpeakerIn(passage, "seit Wochen"));
    }

    [Fact]
    public void Extract_AcronymWithoutSpelledOutBody_StaysAsWritten()
    {
        var passage = "Die Reederei hat geklagt. | „Die Fähre kommt seit Wochen zu spät in Kleinfeld an“, teilte der VFF mit.";

        Assert.NotEqual("Verband für Fairen Fährverkehr", SpeakerIn(passage, "seit Wochen"));
    }

    [Theory]
    [InlineData("„Sie ist sehr kontrolliert gelaufen und hat das Tempo gehalten“, befand ihr Trainer Jörg Brandt.", "Jörg Brandt")]
    [InlineData("„Sie ist sehr kontrolliert gelaufen und hat das Tempo gehalten“, befindet Trainer Jörg Brandt.", "Jörg Brandt")]
    public void Extract_JudgingVerbInTail_TheTailsSpeaker(string sentence, string speaker)
    {
        Assert.Equal(speaker, SpeakerIn("Die Läuferin Nele Kraus gewann in Kleinfeld das Rennen über 1500 Meter. | " + sentence, "kontrolliert gelaufen"));
    }

    [Fact]
    public void Extract_ReflexiveBefandSich_NoSpeakerFromIt()
    {
        var passage = "Die Läuferin Nele Kraus gewann in Kleinfeld. | „Sie ist sehr kontrolliert gelaufen und hat das Tempo gehalten“ – darunter befand sich Trainer Jörg Brandt.";

        Assert.NotEqual("Jörg Brandt", SpeakerIn(passage, "kontrolliert gelaufen"));
    }

    [Theory]
    [InlineData("sagte ein Sprecher von Kompass.")]
    [InlineData("sagte eine Sprecherin bei Kompass.")]
    public void Extract_SpokespersonOfBodyWhoseNameIsANoun_TheBody(string tail)
    {
        var passage = "Der Fahrdienst Kompass hat die Preise in Kleinfeld erhöht. „Wir passen die Preise der Nachfrage am Hafen an“, " + tail;

        // The body as the article introduced it (`Fahrdienst Kompass`), not the spokesperson, whom it leaves unnamed.
        Assert.EndsWith("Kompass", SpeakerIn(passage, "Nachfrage am Hafen"));
    }

    [Fact]
    public void Extract_SpokespersonOfPerson_NotThePerson()
    {
        var passage = "Der Reeder Paul Weber hat die Preise in Kleinfeld erhöht. „Wir passen die Preise der Nachfrage am Hafen an“, sagte ein Sprecher von Paul Weber.";

        Assert.NotEqual("Paul Weber", SpeakerIn(passage, "Nachfrage am Hafen"));
    }
}
