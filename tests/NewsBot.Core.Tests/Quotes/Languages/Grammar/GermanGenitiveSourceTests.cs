namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>German sources in the genitive: `nach Ansicht Webers`, and a possessor marked by a bare apostrophe. Invented people.</summary>
public sealed class GermanGenitiveSourceTests
{
    private const string Dispute = "Im Rathaus von Kleinfeld stritten am Montag die Bürgermeisterin Greta Lindner und der Reeder Paul Weber über die Fähre.";
    private const string MayorFirst = "„Die Fähre fährt ab März wieder“, sagte Lindner.";

    [Theory]
    [InlineData("Nach Ansicht Webers habe die Stadt zu lange gewartet. „Die Mole ist schon im Herbst repariert worden.“", "Paul Weber")]
    [InlineData("Nach Ansicht Webers hat die Stadt zu lange gewartet. „Die Mole ist schon im Herbst repariert worden.“", "Paul Weber")]
    [InlineData("Nach Meinung des Reeders Weber habe die Stadt zu lange gewartet. „Die Mole ist schon im Herbst repariert worden.“", "Paul Weber")]
    public void Extract_QuoteAfterGenitiveAccordingTo_TheGenitivesOwner(string sentence, string speaker)
    {
        Assert.Equal(speaker, GermanStructureKit.SpeakerIn(Dispute + " | " + MayorFirst + " | " + sentence, "im Herbst"));
    }

    [Fact]
    public void Extract_GenitiveOfNoPerson_NoSourceFromIt()
    {
        var passage = "Die Reederin Hanna Roth will die Fähre wieder fahren lassen. | Nach Angaben des Ministeriums habe die Stadt zu lange gewartet. „Die Mole ist schon im Herbst repariert worden.“";

        Assert.NotEqual("Ministerium", GermanStructureKit.SpeakerIn(passage, "im Herbst"));
    }

    [Theory]
    [InlineData("Die Forscherin Greta Kraus leitet das Projekt. | Kraus‘ Kollegin Hanna Roth berichtete aus dem Hafen: „Viele Fischer haben uns gesagt, dass sie die Fähre brauchen.“", "Hanna Roth")]
    [InlineData("Die Forscherin Greta Kraus leitet das Projekt. | Kraus’ Kollegin Hanna Roth sagte: „Viele Fischer haben uns gesagt, dass sie die Fähre brauchen.“", "Hanna Roth")]
    [InlineData("Die Forscherin Greta Kraus leitet das Projekt. | „Viele Fischer haben uns gesagt, dass sie die Fähre brauchen“, sagte Kraus‘ Kollegin Hanna Roth.", "Hanna Roth")]
    public void Extract_ApostropheGenitiveBeforeRoleAndName_TheNamedPersonSpeaks(string passage, string speaker)
    {
        Assert.Equal(speaker, GermanStructureKit.SpeakerIn(passage, "Fischer haben"));
    }
}
