using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

public sealed class WordKeyTests
{
    [Theory]
    [InlineData("Trump’s", "trump")]
    [InlineData("Dr.", "dr")]
    [InlineData("  New \t York ", "new york")]
    [InlineData("«Regierung»", "regierung")]
    [InlineData("Its", "its")]
    public void Write_Text_LowerCaseKey(string text, string expected)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];

        var length = WordKey.Write(text, buffer);

        Assert.Equal(expected, buffer[..length].ToString());
    }

    [Fact]
    public void Write_LongerThanBuffer_NoKey()
    {
        Span<char> buffer = stackalloc char[4];

        Assert.Equal(0, WordKey.Write("Lindqvist", buffer));
    }
}
