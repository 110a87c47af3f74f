using NewsBot.Ingestion.Extraction.Candidates;

namespace NewsBot.Ingestion.Tests.Extraction.Candidates;

public sealed class WordBagTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  --  ")]
    [InlineData("The Quillmere ferry runs twice a day, at 7:30 and 19:45 — weather permitting.")]
    [InlineData("Øresund-bridge tolls: 2026's rates (NOK 120/car) were cut by 5%!")]
    public void Count_AnyText_EqualsTheBagsTotal(string text) =>
        Assert.Equal(WordBag.Of(text).Total, WordBag.Count(text));

    [Fact]
    public void Of_SameWordInOtherCase_CountsAsOneWord()
    {
        var bag = WordBag.Of("Harbour HARBOUR harbour ferry");

        Assert.Equal(3, bag.Overlap(WordBag.Of("harbour harbour harbour")));
    }

    [Fact]
    public void Of_WordLongerThanTheLowerCaseBuffer_IsStillMatched()
    {
        var longWord = new string('Q', 300);

        Assert.Equal(1.0, WordBag.Of(longWord + " pier").CoveredBy(WordBag.Of(longWord.ToLowerInvariant() + " Pier")));
    }

    [Fact]
    public void WordCount_BeforeAndAfterWords_AgreesWithTheBag()
    {
        var candidate = new TextCandidate(CandidateSources.Dom, "Twelve boats left Quillmere at dawn.");

        Assert.Equal(6, candidate.WordCount);
        Assert.Equal(candidate.Words.Total, candidate.WordCount);
    }
}
