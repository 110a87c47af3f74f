using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>An unnamed person described with `a`/`one` as a reporting verb's subject. Invented text.</summary>
public sealed class DescribedSubjectTests
{
    [Fact]
    public void Find_OnePersonNounBeforeTheVerb_YieldsTheDescription()
    {
        const string text = "one buyer on the Harbour market wrote";
        var words = Words(text);

        var described = DescribedSubject.Find(text, words, words.Count - 1);

        Assert.NotNull(described);
        Assert.Equal(CandidateKind.Description, described.Kind);
        Assert.Equal("one buyer", described.Written);
        Assert.Equal(0, described.Position);
    }

    [Theory]
    [InlineData("the buyer wrote")]
    [InlineData("a statement from the council said")]
    public void Find_DefiniteOrThingSubject_Null(string text)
    {
        var words = Words(text);

        Assert.Null(DescribedSubject.Find(text, words, words.Count - 1));
    }

    [Theory]
    [InlineData("Harbour", true)]
    [InlineData("buyer", false)]
    public void HoldsInPhrase_PositionAfterAPreposition_True(string word, bool expected)
    {
        const string text = "one buyer on the Harbour market wrote";
        var words = Words(text);
        var described = DescribedSubject.Find(text, words, words.Count - 1)!;

        Assert.Equal(expected, DescribedSubject.HoldsInPhrase(text, words, described, text.IndexOf(word, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("As one tester noted", true)]
    [InlineData("Ines Roe, a tester for the port, noted", false)]
    public void OpensSentence_DescriptionFirstOrAfterAnOpener_True(string text, bool expected)
    {
        var words = Words(text);

        var described = DescribedSubject.Find(text, words, words.Count - 1);

        Assert.NotNull(described);
        Assert.Equal(expected, DescribedSubject.OpensSentence(words, described));
    }

    private static List<Word> Words(string text) => WordTokenizer.Tokenize(text, 0, text.Length);
}
