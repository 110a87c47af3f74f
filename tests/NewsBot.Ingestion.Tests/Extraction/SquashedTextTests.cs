using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class SquashedTextTests
{
    [Theory]
    [InlineData("The Fenmarsh-Courier 24", "thefenmarshcourier24")]
    [InlineData("ÉCHO du Marais!", "échodumarais")]
    [InlineData(" — ", "")]
    public void Of_Name_KeepsLettersAndDigitsLowerCased(string name, string expected)
    {
        Assert.Equal(expected, SquashedText.Of(name));
    }

    [Fact]
    public void Of_NameLongerThanTheStackBuffer_ReadsAsAShortOne()
    {
        var name = string.Concat(Enumerable.Repeat("Tide Table, ", 40));

        Assert.Equal(string.Concat(Enumerable.Repeat("tidetable", 40)), SquashedText.Of(name));
    }
}
