using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class MentionGenderTests
{
    [Theory]
    [InlineData(new[] { "Mrs", "Ada", "Lindqvist" }, "Female")]
    [InlineData(new[] { "Mr", "Oskar", "Lindgren" }, "Male")]
    [InlineData(new[] { "Dr", "Mira", "Holt" }, "Unknown")]
    public void Of_LeadingWords_FirstMarkedGender(string[] words, string expected) =>
        Assert.Equal(expected, MentionGender.Of(words).ToString());
}
