using static NewsBot.Core.Tests.Quotes.Languages.Grammar.GermanStructureKit;

namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>
/// Shapes of German press releases and local reports: `„…"` typed with a straight closing mark, `wie … sich ausdrückte`
/// before a quote, a noun label before a statement (`Antwort der Staatssekretärin …:`) and academic titles before a name.
/// Invented people.
/// </summary>
public sealed class GermanReleaseShapeTests
{
    private const string Race = "Die Läuferin Nele Kraus gewann in Kleinfeld das Rennen über 1500 Meter.";
    private const string Ferry = "Der Reeder Paul Weber kritisierte die Stadt. „Die Fähre kommt zu spät nach Kleinfeld“, sagte Weber.";

    [Theory]
    [InlineData(Race + " „Sie ist sehr kontrolliert gelaufen und hat das Tempo gehalten\", sagte ihr Trainer Jörg Brandt.")]
    [InlineData(Race + " | „Sie ist sehr kontrolliert gelaufen und hat das Tempo gehalten\", kündigte ihr Trainer Jörg Brandt an.")]
    public void Extract_LowNinetyClosedByStraightMark_TheTailsSpeaker(string passage)
    {
        Assert.Equal("Jörg Brandt", SpeakerIn(passage, "kontrolliert gelaufen"));
    }

    [Fact]
    public void Extract_StraightPairInsideLowNinety_OneQuote()
    {
        var analysis = QuoteTestKit.Extract("Der Trainer Jörg Brandt sagte: „Viele nennen das \"Glück\" und übersehen die Arbeit dahinter, die sie seit Jahren macht.“");

        Assert.Equal("Viele nennen das \"Glück\" und übersehen die Arbeit dahinter, die sie seit Jahren macht.", Assert.Single(analysis.Quotes).Text);
    }

    [Theory]
    [InlineData("Die Opposition hält den Plan für eine „schwere Fehlentscheidung“, wie die Abgeordnete Greta Lindner sich ausdrückte. „Unsere Forderung ist es, dass die Fähre sofort wieder fährt.“")]
    [InlineData("Die Opposition hält den Plan für falsch, wie es die Abgeordnete Greta Lindner ausdrückte. „Unsere Forderung ist es, dass die Fähre sofort wieder fährt.“")]
    public void Extract_QuoteAfterHowSomeonePutIt_ThatPerson(string sentence)
    {
        Assert.Equal("Greta Lindner", SpeakerIn(Ferry + " | " + sentence, "Unsere Forderung"));
    }

    [Fact]
    public void Extract_AnswerLabelBeforeStatement_TheAnswersAuthor()
    {
        var passage = "Frage der Abgeordneten Greta Lindner (Grüne): | „Wann fährt die Fähre nach Kleinfeld wieder?“ | "
            + "Antwort der Staatssekretärin Hanna Roth vom 3. Mai 2022: | „Die Fähre fährt ab März wieder nach Kleinfeld, sobald die Mole repariert ist.“";

        Assert.Equal("Hanna Roth", SpeakerIn(passage, "ab März"));
    }

    [Theory]
    [InlineData("In ihrer Antwort auf eine Anfrage der Abgeordneten Greta Lindner (Grüne) hat die Landesregierung mitgeteilt, dass „mehr als achtzig Fähren im Hafen von Kleinfeld gewartet werden“.")]
    [InlineData("Auf eine Anfrage der Abgeordneten Greta Lindner hat die Landesregierung geantwortet: „Mehr als achtzig Fähren werden im Hafen von Kleinfeld gewartet.“")]
    public void Extract_NameInsideOpeningPhraseOfVerbSecondLead_NotTheSpeaker(string sentence)
    {
        Assert.NotEqual("Greta Lindner", SpeakerIn("Der Reeder Paul Weber ist zufrieden. | " + sentence, "achtzig Fähren"));
    }

    [Fact]
    public void Extract_VerbSecondLeadWithNamedSubjectAfterFiniteVerb_ThatSubject()
    {
        var passage = "Der Reeder Paul Weber ist zufrieden. | Nach der Sitzung des Rates hat die Bürgermeisterin Greta Lindner gesagt: „Die Fähre fährt ab März wieder nach Kleinfeld.“";

        Assert.Equal("Greta Lindner", SpeakerIn(passage, "ab März"));
    }

    [Theory]
    [InlineData("sagte der Reeder Paul zu Falkenried.", "Paul zu Falkenried")]
    [InlineData("sagte die Reederin Anna zur Falkenried.", "Anna zur Falkenried")]
    public void Extract_NobleParticleAfterGivenName_TheWholeNameNotTheNamesake(string tail, string speaker)
    {
        var passage = "Der Reeder Paul Weber und die Reederin Anna Kraus sind zufrieden. | „Die Fähre fährt ab März wieder nach Kleinfeld“, " + tail;

        Assert.Equal(speaker, SpeakerIn(passage, "ab März"));
    }

    [Fact]
    public void Extract_GivenNameThenZuAndCommonNoun_NoNobleName()
    {
        var passage = "Die Reederin Anna Kraus ist zufrieden. | „Die Fähre fährt ab März wieder nach Kleinfeld“, sagte Anna zu Journalisten.";

        Assert.Equal("Anna Kraus", SpeakerIn(passage, "ab März"));
    }

    [Theory]
    [InlineData("Dipl.-Ing.")]
    [InlineData("Dr.-Ing.")]
    [InlineData("Ing.")]
    [InlineData("Ing")]
    public void Extract_EngineerTitleBeforeName_TheNamedPersonNotThePreviousSpeaker(string title)
    {
        var passage = Ferry + " | „Wir haben die Mole schon im Herbst repariert“, sagte " + title + " Jan Berg.";

        Assert.Equal("Jan Berg", SpeakerIn(passage, "im Herbst"));
    }
}
