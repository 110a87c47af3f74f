using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class TextMeasuresTests
{
    [Fact]
    public void Words_LettersAndDigitsRuns_CountsEachRun()
    {
        Assert.Equal(6, TextMeasures.Words("Products 1-10 of 34, sorted!"));
    }

    [Theory]
    [InlineData("Products 1-10 of 34, sorted!", 5)]
    [InlineData("  © 2024  The Quillmoor Post\tAll rights reserved ", 8)]
    [InlineData("", 0)]
    public void SpaceSeparatedWords_PunctuationInsideRuns_CountsEachRunBetweenWhiteSpace(string text, int expected)
    {
        Assert.Equal(expected, TextMeasures.SpaceSeparatedWords(text));
    }

    [Fact]
    public void ProseSentences_LabelsPricesAndCounts_CountsNone()
    {
        Assert.Equal(0, TextMeasures.ProseSentences("Fly reels\n\nProducts 1-10 of 34\n\n$ 129.00\n\nLoading...", max: 5));
    }

    [Fact]
    public void ProseSentences_TwoSentencesWithAQuoteAndADecimal_CountsTwo()
    {
        var text = "The Harlow ferry carried 3.5 tonnes of hay on its first crossing. \"We will run again on Sunday at one,\" said the skipper Mina Corrow.";

        Assert.Equal(2, TextMeasures.ProseSentences(text, max: 5));
    }

    [Fact]
    public void ProseSentences_WordsSplitOverLines_CountsNoSentence()
    {
        Assert.Equal(0, TextMeasures.ProseSentences("Tansy Creek fly reel\nnumber one, large arbor.", max: 5));
    }

    [Fact]
    public void ProseSentences_MoreThanTheCap_StopsAtTheCap()
    {
        var text = string.Concat(Enumerable.Repeat("The ferry runs again on Sunday at one. ", 10));

        Assert.Equal(2, TextMeasures.ProseSentences(text, max: 2));
    }
}
