using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class WordRunsTests
{
    [Fact]
    public void Enumerate_PunctuationAndUnderscore_RunsOfLettersAndDigits()
    {
        Assert.Equal(["Kelpwick_Ferry", "runs", "2", "trips", "à", "Dûnmere"], Words("Kelpwick_Ferry runs 2 trips, à «Dûnmere».", underscoreJoins: true));
        Assert.Equal(["Kelpwick", "Ferry", "runs", "2", "trips", "à", "Dûnmere"], Words("Kelpwick_Ferry runs 2 trips, à «Dûnmere».", underscoreJoins: false));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" -- !? ")]
    public void Enumerate_NoLetterOrDigit_NoWord(string text) => Assert.Empty(Words(text, underscoreJoins: false));

    private static List<string> Words(string text, bool underscoreJoins)
    {
        var words = new List<string>();
        foreach (var word in new WordRuns(text, underscoreJoins))
        {
            words.Add(text[word]);
        }

        return words;
    }
}
