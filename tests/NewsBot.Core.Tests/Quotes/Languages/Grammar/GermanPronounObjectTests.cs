using static NewsBot.Core.Tests.Quotes.Languages.Grammar.GermanStructureKit;

namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>
/// `sagt sie` after a sentence whose object is a name (a product, a service) and whose subject opens it: not the object.
/// A wrong name is worse than none. Invented people and products.
/// </summary>
public sealed class GermanPronounObjectTests
{
    [Theory]
    [InlineData("Mara Brettlinger findet Kanto Pay trotzdem gut: „Ich kann so mehr selbst bestimmen, was ich brauche“, sagt sie.")]
    [InlineData("Mara Brettlinger aus Lorbach nutzt Kanto Pay gern. „Ich kann so mehr selbst bestimmen, was ich brauche“, sagt sie.")]
    public void Extract_PronounAfterSentenceWithNamedObject_NotTheObject(string paragraph)
    {
        var speaker = SpeakerIn("Das Dorf Lorbach bekommt ein neues Bezahlsystem. | " + paragraph, "selbst bestimmen");

        Assert.NotEqual("Kanto Pay", speaker);
    }

    [Fact]
    public void Extract_PronounAfterSentenceWithNamedObject_TheOpeningSubject()
    {
        var passage = "Das Dorf Lorbach bekommt ein neues Bezahlsystem. | Mara Brettlinger aus Lorbach nutzt Kanto Pay gern. "
            + "„Ich kann so mehr selbst bestimmen, was ich brauche“, sagt sie.";

        Assert.Equal("Mara Brettlinger", SpeakerIn(passage, "selbst bestimmen"));
    }

    [Fact]
    public void Extract_PronounAfterOwnSentence_StillTheSpeaker()
    {
        var passage = "Auch Johanna Keller von Brunnenwerk kennt solche Konflikte. | Johanna Keller lacht. „Für die Leute ist es schwer zu verstehen, warum die Fremden mehr bekommen“, sagt sie.";

        Assert.Equal("Johanna Keller", SpeakerIn(passage, "schwer zu verstehen"));
    }
}
