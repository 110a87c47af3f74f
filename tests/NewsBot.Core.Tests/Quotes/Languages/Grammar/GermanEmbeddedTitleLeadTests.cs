namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>A show, outlet or title quoted inside the sentence that leads to a quote. Invented people, shows and papers.</summary>
public sealed class GermanEmbeddedTitleLeadTests
{
    private const string Skipper = "Der Reeder Paul Weber will die Fähre von Kleinfeld im März wieder fahren lassen.";

    [Theory]
    [InlineData("Bei „Hafen aktuell: Die Woche im Norden“ (NDR) sagt Weber in einem Interview mit Moderatorin Anna Berg (59): „Die Mole ist schon im Herbst repariert worden.“", "Paul Weber")]
    [InlineData("Bei \"Hafen aktuell\" (NDR) sagte Weber: \"Die Mole ist schon im Herbst repariert worden.\"", "Paul Weber")]
    [InlineData("Weber sagte gegenüber dem „Kleinfelder Boten“: „Die Mole ist schon im Herbst repariert worden.“", "Paul Weber")]
    [InlineData("Im Gespräch mit der „Kleinfelder Rundschau“ erklärte Weber: „Die Mole ist schon im Herbst repariert worden.“", "Paul Weber")]
    public void Extract_TitleQuotedInsideTheLead_TheLeadsSubjectSpeaks(string sentence, string speaker)
    {
        Assert.Equal(speaker, GermanStructureKit.SpeakerIn(Skipper + " | " + sentence, "im Herbst"));
    }

    [Fact]
    public void Extract_QuestionQuotedBeforeAColonLead_StaysTheFirstSpeakersTurn()
    {
        var passage = Skipper + " | Die Bürgermeisterin Greta Lindner fragte: „Wann fährt die Fähre?“ Weber antwortete: „Die Mole ist schon im Herbst repariert worden.“";

        Assert.Equal("Paul Weber", GermanStructureKit.SpeakerIn(passage, "im Herbst"));
    }
}
