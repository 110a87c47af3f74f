using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Tests.Presentation;

/// <summary>A digest's fixed words and culture chosen by locale, as the language files give them.</summary>
public sealed class DigestTextsTests
{
    [Theory]
    [InlineData("de", "de")]
    [InlineData("es-419", "es-ES")]
    [InlineData("ko", "en-US")]
    public void In_Locale_ThatFileElseSameLanguageElseEnglish(string locale, string expected)
    {
        Assert.Equal(expected, DigestTexts.English.In(locale).Locale);
    }

    [Fact]
    public void In_NoLocale_TheSameTexts()
    {
        var german = DigestTexts.For(TextCatalog.Embedded, "de");

        Assert.Same(german, german.In(null));
    }

    [Theory]
    [InlineData("en-US", "1,234")]
    [InlineData("de", "1.234")]
    [InlineData("pt-BR", "1.234")]
    public void Number_Thousands_WrittenAsTheLanguageDoes(string locale, string expected)
    {
        Assert.Equal(expected, DigestTexts.English.In(locale).Number(1234));
    }

    [Fact]
    public void AlsoIn_Italian_OutletsAfterTheWords()
    {
        Assert.Equal("anche su: Ossel Herald", DigestTexts.English.In("it").AlsoIn("Ossel Herald"));
    }

    [Fact]
    public void Unattributed_EveryLanguage_ShortEnoughForAQuoteLine()
    {
        foreach (var language in TextCatalog.Embedded.Languages)
            Assert.InRange(DigestTexts.English.In(language.Locale).Unattributed.Length, 1, 30);
    }
}
