using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Each language is told by its function words; invented text.</summary>
public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", "The harbour council said on Monday that the ferry would run again, and the mayor was pleased with the result.")]
    [InlineData("de", "Der Hafenrat hat am Montag gesagt, dass die Fähre wieder fährt, und die Bürgermeisterin ist mit dem Ergebnis zufrieden.")]
    [InlineData("fr", "Le conseil du port a dit lundi que le bac reprendrait du service, et la maire est satisfaite de ce résultat pour la ville.")]
    [InlineData("es", "El consejo del puerto dijo el lunes que el transbordador volverá a funcionar, y la alcaldesa está contenta con el resultado.")]
    [InlineData("it", "Il consiglio del porto ha detto lunedì che il traghetto tornerà in servizio, e la sindaca è soddisfatta del risultato della città.")]
    [InlineData("pt", "O conselho do porto disse na segunda-feira que a balsa vai voltar a funcionar, e a prefeita está satisfeita com o resultado.")]
    public void Detect_ArticleText_ReturnsItsLanguage(string expected, string text)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text)?.Code);
    }

    [Theory]
    [InlineData("Valbourg 2026")]
    [InlineData("“Ja.”")]
    public void Detect_TooLittleText_ReturnsNull(string text)
    {
        Assert.Null(LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_ShortTextAfterALongOneOnTheSameThread_ReadsOnlyItsOwnWords()
    {
        var german = "Der Hafenrat hat am Montag gesagt, dass die Fähre wieder fährt, und die Bürgermeisterin ist zufrieden.";

        Assert.Equal("de", LanguageDetector.Detect(german)?.Code);
        Assert.Null(LanguageDetector.Detect("Valbourg 2026"));
        Assert.Equal("de", LanguageDetector.Detect(german)?.Code);
    }

    [Fact]
    public void Detect_ArticleWordsPastTheCut_ReadsOnlyTheOpeningLikeTheText()
    {
        // Long words fill the opening so that fewer words than are read fit before the cut, and a German tail follows it.
        var opening = "The harbour council said on Monday that the ferry would run again, and the mayor was pleased. "
            + string.Concat(Enumerable.Repeat("Kvarnholmsbryggan ", 260));
        var text = opening + string.Concat(Enumerable.Repeat("Der Hafenrat hat gesagt, dass die Fähre wieder fährt und die Stadt zufrieden ist. ", 60));
        var articleWords = WordTokenizer.Tokenize(text, 0, text.Length);

        Assert.Equal("en", LanguageDetector.Detect(text)?.Code);
        Assert.Equal("en", LanguageDetector.Detect(text, articleWords)?.Code);
    }

    [Fact]
    public void Detect_ShortTextWithItsWords_ReturnsItsLanguage()
    {
        var text = "Der Hafenrat hat am Montag gesagt, dass die Fähre wieder fährt, und die Bürgermeisterin ist zufrieden.";

        Assert.Equal("de", LanguageDetector.Detect(text, WordTokenizer.Tokenize(text, 0, text.Length))?.Code);
    }

    [Fact]
    public void Find_UnknownCode_FallsBackToEnglish()
    {
        Assert.Equal("en", KnownLanguages.Find("sv").Code);
    }
}
