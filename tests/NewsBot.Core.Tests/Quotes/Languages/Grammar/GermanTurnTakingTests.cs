namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>German quotes over several paragraphs: bare quotes, pronouns between two people, a person introduced between quotes, reported speech. Invented people.</summary>
public sealed class GermanTurnTakingTests
{
    private const string Dispute = "Im Rathaus von Kleinfeld stritten am Montag die Bürgermeisterin Greta Lindner und der Reeder Paul Weber über die Fähre.";
    private const string TwoWomen = "Im Rathaus von Kleinfeld stritten am Montag die Bürgermeisterin Greta Lindner und die Reederin Hanna Roth über die Fähre.";
    private const string TwoMen = "Im Rathaus von Kleinfeld stritten am Montag der Bürgermeister Jan Berg und der Reeder Paul Weber über die Fähre.";
    private const string MayorFirst = "„Die Fähre fährt ab März wieder“, sagte Lindner.";

    [Theory]
    [InlineData(Dispute + " | " + MayorFirst + " | „Wir haben die Mole schon im Herbst repariert.“", "Greta Lindner")]
    [InlineData(Dispute + " | " + MayorFirst + " | „Im März ist die Mole noch gesperrt“, sagte Weber. | „Die Mole ist schon im Herbst repariert worden.“", "Paul Weber")]
    [InlineData(Dispute + " | " + MayorFirst + " | Weber widersprach. „Die Mole war im Herbst noch gesperrt“, sagte er.", "Paul Weber")]
    [InlineData(Dispute + " | „Im März ist die Mole noch gesperrt“, sagte Weber. | „Die Mole ist schon im Herbst repariert worden“, entgegnete sie.", "Greta Lindner")]
    [InlineData(Dispute + " | „Im März ist die Mole noch gesperrt“, sagte Weber. | „Die Mole ist schon im Herbst repariert worden“, sagte die Bürgermeisterin.", "Greta Lindner")]
    [InlineData(Dispute + " | " + MayorFirst + " | „Die Mole ist schon im Herbst repariert worden“, sagte der Reeder.", "Paul Weber")]
    [InlineData(Dispute + " | Lindner verwies auf Weber. „Die Mole ist schon im Herbst repariert worden“, sagte sie.", "Greta Lindner")]
    [InlineData(TwoWomen + " | „Die Mole ist schon im Herbst repariert worden“, sagte sie.", null)]
    [InlineData(TwoMen + " | „Die Mole ist schon im Herbst repariert worden“, sagte er.", null)]
    [InlineData(TwoWomen + " | „Im März ist die Mole noch gesperrt“, sagte Roth. | „Wir brauchen die Fähre jetzt“, sagte Lindner. | „Die Mole ist schon im Herbst repariert worden“, betonte sie.", "Greta Lindner")]
    public void Extract_PronounOrBareQuoteAfterTurns_TheSpeakerAnEditorWouldName(string passage, string? speaker)
    {
        Assert.Equal(speaker, GermanStructureKit.SpeakerIn(passage, "im Herbst"));
    }

    [Theory]
    [InlineData(MayorFirst + " | Der Hafenmeister Jan Berg sieht das anders: „Die Mole ist schon im Herbst repariert worden.“", "Jan Berg")]
    [InlineData(MayorFirst + " | Der Hafenmeister Jan Berg sieht das anders. „Die Mole ist schon im Herbst repariert worden“, sagte er.", "Jan Berg")]
    [InlineData(MayorFirst + " | Weber sagte, die Mole sei seit Jahren marode. Die Stadt habe zu lange gewartet. „Die Mole ist schon im Herbst repariert worden.“", "Paul Weber")]
    public void Extract_QuoteAfterANewPersonOrReportedSpeech_ThatPerson(string passage, string? speaker)
    {
        Assert.Equal(speaker, GermanStructureKit.SpeakerIn(Dispute + " | " + passage, "im Herbst"));
    }
}
