using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

public sealed class WordEndingsTests
{
    [Theory]
    [InlineData("containment", "en")]
    [InlineData("verwaltung", "de")]
    [InlineData("información", "es")]
    [InlineData("affermato", "it")]
    [InlineData("afirmou", "pt")]
    public void LookDerived_DerivedWord_True(string key, string language) => Assert.True(WordEndings.LookDerived(key, language));

    [Theory]
    [InlineData("lindqvist", "en")]
    [InlineData("ended", "en")]
    [InlineData("containment", null)]
    public void LookDerived_NameShortWordOrNoLanguage_False(string key, string? language) =>
        Assert.False(WordEndings.LookDerived(key, language));
}
