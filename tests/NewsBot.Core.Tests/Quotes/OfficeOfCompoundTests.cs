using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A lower-case `head of field` office before a name after the verb (`said secretary of state X`). Invented people.</summary>
public sealed class OfficeOfCompoundTests
{
    [Theory]
    [InlineData("said former secretary of state Helen Marsh, who praised the governor.", "Marsh")]
    [InlineData("said master of ceremonies Asab Tallow, a local engineer.", "Tallow")]
    [InlineData("said chief of staff Orla Fenwick.", "Fenwick")]
    public void AfterVerb_OfficeWithOfBeforeName_ReadsOnToTheName(string tail, string surname)
    {
        var speaker = AfterSaid(tail);

        Assert.NotNull(speaker);
        Assert.Equal(CandidateKind.Name, speaker.Kind);
        Assert.Equal(surname, speaker.Words[^1]);
    }

    [Fact]
    public void Joins_OfBeforeADeterminer_False()
    {
        var words = WordTokenizer.Tokenize("secretary of the Harbour Board", 0, 30);

        Assert.False(OfficeOfCompound.Joins(words, 1));
    }

    [Fact]
    public void Joins_OfAfterANounThatIsNoOffice_False()
    {
        var words = WordTokenizer.Tokenize("lack of money Orla Fenwick", 0, 26);

        Assert.False(OfficeOfCompound.Joins(words, 1));
    }

    private static SpeakerCandidate? AfterSaid(string tail)
    {
        var words = WordTokenizer.Tokenize(tail, 0, tail.Length);
        return NounPhraseReader.AfterVerb(tail, words.GetRange(1, words.Count - 1));
    }
}
