using System.Text.RegularExpressions;
using NewsBot.Localization;

namespace NewsBot.Tests.Localization;

/// <summary>The shipped language files: complete, with the same placeholders, and chosen by the member's locale.</summary>
public sealed partial class TextCatalogTests
{
    private static readonly TextCatalog Catalog = TextCatalog.Embedded;
    private static readonly LanguageTexts English = Catalog.Languages.Single(l => l.Locale == TextCatalog.Fallback);

    [Fact]
    public void Languages_Shipped_TheFiveTheIssueAsksForAndEnglish()
    {
        Assert.Equal(["de", "en-US", "es-ES", "fr", "it", "pt-BR"], Catalog.Languages.Select(l => l.Locale).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Replies_EveryLanguage_HasEveryEnglishKeyAndNoOther()
    {
        foreach (var language in Catalog.Languages)
            Assert.True(English.Replies.Keys.ToHashSet().SetEquals(language.Replies.Keys), $"{language.Locale}: {string.Join(", ", English.Replies.Keys.ToHashSet().Except(language.Replies.Keys))} missing, {string.Join(", ", language.Replies.Keys.Except(English.Replies.Keys))} extra");
    }

    [Fact]
    public void Replies_EveryTranslation_KeepsTheEnglishPlaceholders()
    {
        foreach (var language in Catalog.Languages)
        {
            foreach (var (key, text) in language.Replies)
                Assert.True(Placeholders(English.Replies[key]).SetEquals(Placeholders(text)), $"{language.Locale} {key}: “{text}”");
        }
    }

    [Fact]
    public void Commands_EveryTranslatedLanguage_SameKeys()
    {
        var translated = Catalog.Languages.Where(l => l.Locale != TextCatalog.Fallback).ToList();
        foreach (var language in translated)
            Assert.True(translated[0].Commands.Keys.ToHashSet().SetEquals(language.Commands.Keys), $"{language.Locale} and {translated[0].Locale} translate different command keys");
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("es-419", "es-ES")]
    [InlineData("en-GB", "en-US")]
    [InlineData("ko", "en-US")]
    [InlineData(null, "en-US")]
    public void For_Locale_ThatLanguageElseSameLanguageElseEnglish(string? locale, string expected)
    {
        Assert.Equal(expected, Catalog.For(locale).Locale);
    }

    [Fact]
    public void Get_KeyMissingInTheLanguage_EnglishWithValuesFilledIn()
    {
        var english = new LanguageTexts("en-US", new Dictionary<string, string>(), new Dictionary<string, string> { ["a"] = "Try again {retry}, {retry}." });
        var german = new LanguageTexts("de", new Dictionary<string, string>(), new Dictionary<string, string>());

        var text = new TextCatalog([english, german]).For("de").Get("a", ("retry", "soon"));

        Assert.Equal("Try again soon, soon.", text);
    }

    [Fact]
    public void Get_UnknownKey_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Catalog.For("de").Get("no.such.key"));
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();
}
