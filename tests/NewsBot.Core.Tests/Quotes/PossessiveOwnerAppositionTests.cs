using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`Halvard's deputy, Ewan Corrie, … He said:`: the apposition's person is the sentence's subject, not the possessive name.</summary>
public sealed class PossessiveOwnerAppositionTests
{
    [Fact]
    public void Extract_PronounAfterPossessiveOpening_AppositionPerson()
    {
        var analysis = Extract(Article(
            "“The gates were rusted through,” Mr Halvard replied.",
            "Halvard's deputy, Ewan Corrie, who was on the quay that night, told the hearing he heard a bang. He said: “I saw the gate swing loose. Nobody was near it.”"));

        Assert.Equal("Ewan Corrie", analysis.Quotes[^1].Speaker);
    }

    [Fact]
    public void Is_NameAfterPossessiveNounAtSentenceStart_True()
    {
        const string text = "Halvard's chief engineer, Ewan Corrie, said so.";
        var words = WordTokenizer.Tokenize(text, 0, text.Length);

        Assert.True(PossessiveOwnerApposition.Is(text, words, 3));
    }

    [Fact]
    public void Is_PossessiveInsideSentence_False()
    {
        const string text = "He met Halvard's deputy, Ewan Corrie, at noon.";
        var words = WordTokenizer.Tokenize(text, 0, text.Length);

        Assert.False(PossessiveOwnerApposition.Is(text, words, 5));
    }

    [Fact]
    public void Is_NoPossessive_False()
    {
        const string text = "The deputy, Ewan Corrie, said so.";
        var words = WordTokenizer.Tokenize(text, 0, text.Length);

        Assert.False(PossessiveOwnerApposition.Is(text, words, 2));
    }
}
