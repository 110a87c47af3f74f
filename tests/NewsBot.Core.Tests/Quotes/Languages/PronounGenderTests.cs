namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Pronouns of every language resolved by the given name's gender in that language: to the last person who fits, to nobody when two fit.</summary>
public sealed class PronounGenderTests
{
    [Theory]
    [InlineData("de", "Anke Vogel besuchte am Montag den Hafen. Neben ihr stand Paul Kramer.", "„Wir backen seit fünf Uhr“, sagte sie.")]
    [InlineData("fr", "Anke Vogel a visité le port lundi. Paul Kramer était à côté d’elle.", "« Nous cuisons depuis cinq heures », a-t-elle déclaré.")]
    [InlineData("es", "Anke Vogel visitó el puerto el lunes. Paul Kramer estaba a su lado.", "“Cocinamos desde las cinco”, dijo ella.")]
    [InlineData("it", "Anke Vogel ha visitato il porto lunedì. Paul Kramer era accanto a lei.", "«Cuociamo dalle cinque», ha detto lei.")]
    [InlineData("pt", "Anke Vogel visitou o porto na segunda-feira. Paul Kramer estava ao lado dela.", "“Cozinhamos desde as cinco”, disse ela.")]
    public void Extract_FemininePronounAfterAWomanAndAMan_TheWoman(string language, string before, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quote);

        Assert.Equal("Anke Vogel", analysis.SpeakerOf(QuoteOpening(quote)));
    }

    [Theory]
    [InlineData("de", "Sophie Lenz und Marta Ruiz besuchten am Montag den Hafen.", "„Wir backen seit fünf Uhr“, sagte sie.")]
    [InlineData("fr", "Sophie Lenz a visité le port lundi avec Marta Ruiz.", "« Nous cuisons depuis cinq heures », a-t-elle déclaré.")]
    [InlineData("es", "Sophie Lenz visitó el puerto el lunes con Marta Ruiz.", "“Cocinamos desde las cinco”, dijo ella.")]
    [InlineData("it", "Sophie Lenz ha visitato il porto lunedì con Marta Ruiz.", "«Cuociamo dalle cinque», ha detto lei.")]
    [InlineData("pt", "Sophie Lenz visitou o porto na segunda-feira com Marta Ruiz.", "“Cozinhamos desde as cinco”, disse ela.")]
    public void Extract_FemininePronounAfterTwoWomen_SpeakerIsNull(string language, string before, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quote);

        Assert.Null(analysis.SpeakerOf(QuoteOpening(quote)));
    }

    [Theory]
    [InlineData("it", "Andrea Bellini ha visitato il porto lunedì.", "«Cuociamo dalle cinque», ha detto lui.", "Andrea Bellini")]
    [InlineData("de", "Andrea Vogel besuchte am Montag den Hafen.", "„Wir backen seit fünf Uhr“, sagte sie.", "Andrea Vogel")]
    [InlineData("fr", "Simone Arnaud a visité le port lundi.", "« Nous cuisons depuis cinq heures », a-t-elle déclaré.", "Simone Arnaud")]
    [InlineData("it", "Simone Ferri ha visitato il porto lunedì.", "«Cuociamo dalle cinque», ha detto lui.", "Simone Ferri")]
    public void Extract_PronounAfterANameWhoseGenderDiffersByLanguage_TheLanguagesGender(string language, string before, string quote, string expected)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quote);

        Assert.Equal(expected, analysis.SpeakerOf(QuoteOpening(quote)));
    }

    [Theory]
    [InlineData("it", "Andrea Bellini ha visitato il porto lunedì.", "«Cuociamo dalle cinque», ha detto lei.")]
    [InlineData("de", "Andrea Vogel besuchte am Montag den Hafen.", "„Wir backen seit fünf Uhr“, sagte er.")]
    public void Extract_PronounOfTheOtherGenderThanTheLanguageGives_SpeakerIsNull(string language, string before, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quote);

        Assert.Null(analysis.SpeakerOf(QuoteOpening(quote)));
    }

    private static string QuoteOpening(string paragraph) => paragraph.TrimStart('„', '«', '“', ' ')[..8];
}
