using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`explicou-nos`, `disse-lhe`: a Portuguese verb with its object pronoun joined by a hyphen.</summary>
public sealed class EncliticObjectTests
{
    [Theory]
    [InlineData("pt", "explicou-nos", "explicou")]
    [InlineData("pt", "disse-lhe", "disse")]
    [InlineData("pt", "garantiu-lhes", "garantiu")]
    [InlineData("pt", "queixou-se", null)]
    [InlineData("pt", "guarda-chuva", null)]
    [InlineData("fr", "dit-nous", null)]
    public void Verb_HyphenatedWord_TheVerbBeforeAnObjectPronoun(string language, string lower, string? expected)
    {
        Assert.Equal(expected, EncliticObject.Verb(lower, KnownLanguages.Find(language)));
    }
}
