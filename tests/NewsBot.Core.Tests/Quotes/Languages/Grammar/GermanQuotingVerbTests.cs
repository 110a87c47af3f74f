using static NewsBot.Core.Tests.Quotes.Languages.Grammar.GermanStructureKit;

namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>
/// `zitiert X den … Y`: the one quoting passes the words on, the person in the object spoke them; `informiert Weber` reports
/// speech. Invented outlets and people.
/// </summary>
public sealed class GermanQuotingVerbTests
{
    [Fact]
    public void Extract_QuotingVerbWithPersonObject_ThePersonQuoted()
    {
        var passage = "Im Labor von Nordhafen gelang ein neuer Versuch. | „Wenn wir die Spule früher einschalten, bleibt die Wärme im Kern“, "
            + "zitiert NKZ den leitenden Physiker des Labors Jan Asmus.";

        Assert.Equal("Jan Asmus", SpeakerIn(passage, "Spule früher"));
    }

    [Fact]
    public void Extract_QuotingVerbWithDocumentObject_TheSubjectStays()
    {
        var passage = "Der Fachmann Jonas Rieder stellte am Montag die Lage vor. | „Rund 200 neue Schadprogramme entstehen jeden Tag“, "
            + "zitiert Rieder den Jahresbericht.";

        Assert.Equal("Jonas Rieder", SpeakerIn(passage, "Schadprogramme"));
    }

    [Fact]
    public void Extract_InformiertAfterQuote_TheNamedSpeaker()
    {
        var passage = "Die Beraterin Ilka Morgenroth fasst die Änderungen zusammen. | „Nach aktuellem Stand gelten die neuen Tarife ab März“, "
            + "informiert Morgenroth.";

        Assert.Equal("Ilka Morgenroth", SpeakerIn(passage, "neuen Tarife"));
    }
}
