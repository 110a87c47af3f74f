using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `Neusa Fontes, 68 anos,`: an age with its noun after a name makes a person of it, even when the lexicon does not know the
/// given name and reads the surname as a common word. Invented people.
/// </summary>
public sealed class AgeAfterNameTests
{
    [Theory]
    [InlineData("Neusa Fontes, 68 anos, perdeu", 12, true)]
    [InlineData("Paul Girard, 52 ans.", 11, true)]
    [InlineData("Ana Ruiz, 7 años)", 8, true)]
    [InlineData("Lyon, 30 ans après la crue", 4, false)]
    [InlineData("Neusa Fontes, 168 anos, perdeu", 12, false)]
    [InlineData("Neusa Fontes, 68 casas, perdeu", 12, false)]
    public void Follows_TextAfterAName_TrueOnlyForAnAgeWithItsNoun(string text, int end, bool expected)
    {
        Assert.Equal(expected, AgeAfterName.Follows(text, end));
    }

    [Fact]
    public void Extract_UnknownGivenNameWithCommonWordSurnameAndAge_ThatPersonSpeaks()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "A aposentada Neusa Fontes, 68 anos, perdeu as economias de uma vida. “Era o dinheiro da minha vida inteira”, contou à reportagem.");

        Assert.Equal("Neusa Fontes", analysis.SpeakerContaining("dinheiro da minha"));
    }
}
