using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`sourit l'octogénaire`, `conta a sexagenária`: a Romance noun for a person of an age refers back like a pronoun. Invented people.</summary>
public sealed class DecadeAgeNounTests
{
    [Theory]
    [InlineData("l'octogénaire", true)]
    [InlineData("septuagénaires", true)]
    [InlineData("sexagenária", true)]
    [InlineData("octogenario", true)]
    [InlineData("ottantenne", true)]
    [InlineData("cinquentona", true)]
    [InlineData("génération", false)]
    [InlineData("centenaire", true)]
    [InlineData("octobre", false)]
    public void Is_Word_TrueOnlyForAgeNouns(string lower, bool expected)
    {
        Assert.Equal(expected, DecadeAgeNoun.Is(lower));
    }

    [Theory]
    [InlineData("fr", "Chaque matin, Marcelle Tournier lève le rideau de la dernière épicerie du village.", "« Tant que les jambes suivent, je reste derrière mon comptoir », sourit l’octogénaire.", "jambes suivent", "Marcelle Tournier")]
    [InlineData("pt", "Todas as manhãs, Maria Pimenta abre a última mercearia da aldeia.", "“Enquanto as pernas aguentarem, fico atrás do balcão”, conta a octogenária.", "pernas aguentarem", "Maria Pimenta")]
    public void Extract_AgeNounAfterThePortrayedPerson_ThatPerson(string language, string before, string paragraph, string fragment, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerContaining(fragment));
    }
}
