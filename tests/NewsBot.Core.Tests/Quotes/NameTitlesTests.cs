using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class NameTitlesTests
{
    [Fact]
    public void TitleCount_OccupationBeforeName_WordsUpToTheOccupation()
    {
        const string Text = "Harbour Authority Spokesperson Ada Lindqvist";

        Assert.Equal(3, NameTitles.TitleCount(WordTokenizer.Tokenize(Text, 0, Text.Length)));
    }

    [Theory]
    [InlineData("Secretary of State for Transport", true)]
    [InlineData("Tova Brenn for Halvik", false)]
    public void IsOfficeFor_ForAfterOfficeOrName_OnlyAfterOffice(string text, bool expected)
    {
        var words = WordTokenizer.Tokenize(text, 0, text.Length);

        Assert.Equal(expected, NameTitles.IsOfficeFor(words, words.FindIndex(w => w.Text == "for")));
    }
}
