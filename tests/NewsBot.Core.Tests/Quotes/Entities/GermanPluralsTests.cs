using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Tests.Quotes.Entities;

public sealed class GermanPluralsTests
{
    [Theory]
    [InlineData("Art")]
    [InlineData("Buch")]
    public void HasNounPlural_NameListedWordWithAPluralAmongTheCommonWords_True(string word) =>
        Assert.True(GermanPlurals.HasNounPlural(EntityLexicon.Shared, word));

    [Theory]
    [InlineData("Friedrich")]
    [InlineData("Lindqvist")]
    [InlineData("Sommerball")]
    public void HasNounPlural_NameWithoutAPluralOrUnlistedWord_False(string word) =>
        Assert.False(GermanPlurals.HasNounPlural(EntityLexicon.Shared, word));
}
