using static NewsBot.Core.Tests.Quotes.Languages.Grammar.GermanStructureKit;

namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>A pasted release whose full stops lost the space after them (`übernimmt.Vorstandsmitglied …`). Invented people.</summary>
public sealed class GermanRunOnSentenceTests
{
    [Theory]
    [InlineData("Der Rat hat entschieden, dass Paul Weber weiter für den Hafen verantwortlich bleibt und den Verkauf übernimmt.Vorstandsmitglied Greta Lindner: „In den neuen Bereichen liegen große Aufgaben, denen ich mich gerne stelle.“")]
    [InlineData("Paul Weber sagte: „Der Hafen bleibt bis zum Sommer in meiner Verantwortung“.Vorstandsmitglied Greta Lindner: „In den neuen Bereichen liegen große Aufgaben, denen ich mich gerne stelle.“")]
    public void Extract_ColonLeadAfterFullStopWithoutSpace_TheLeadsName(string paragraph)
    {
        Assert.Equal("Greta Lindner", SpeakerIn("Die Reederei Nordfähre stellt sich neu auf. | " + paragraph, "große Aufgaben"));
    }
}
