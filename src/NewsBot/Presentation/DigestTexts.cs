using System.Globalization;
using NewsBot.Localization;

namespace NewsBot.Presentation;

/// <summary>
/// The fixed words of a digest ("also in", "unattributed", its header …) in one language, from the <c>wording.*</c>
/// keys of the language files, and the culture its dates and numbers are written in. A topic's <c>Locale</c> picks it.
/// </summary>
public sealed class DigestTexts
{
    private const string Prefix = "wording.";
    private readonly TextCatalog _catalog;
    private readonly ReplyTexts _texts;

    private DigestTexts(TextCatalog catalog, ReplyTexts texts)
    {
        _catalog = catalog;
        _texts = texts;
        Culture = CultureInfo.GetCultureInfo(texts.Locale);
    }

    /// <summary>The shipped files' English, for callers that name no language.</summary>
    public static DigestTexts English { get; } = For(TextCatalog.Embedded, TextCatalog.Fallback);

    /// <summary>The locale of the file the words come from (es-419 reads es-ES).</summary>
    public string Locale => _texts.Locale;

    public CultureInfo Culture { get; }

    /// <summary>The words for <paramref name="locale"/>: that file, else one of the same language, else English.</summary>
    public static DigestTexts For(TextCatalog catalog, string? locale)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new DigestTexts(catalog, catalog.For(locale));
    }

    /// <summary>These words in another language, or these when <paramref name="locale"/> is null (the global setting).</summary>
    public DigestTexts In(string? locale) =>
        locale is null || string.Equals(locale, Locale, StringComparison.Ordinal) ? this : For(_catalog, locale);

    /// <summary>The text for <c>wording.<paramref name="key"/></c> with its {placeholders} filled in.</summary>
    public string Get(string key, params (string Name, string Value)[] values) => _texts.Get(Prefix + key, values);

    public string Unattributed => Get("unattributed");

    public string Untitled => Get("untitled");

    public string AlsoIn(string outlets) => Get("alsoIn", ("outlets", outlets));

    /// <summary>A whole number as this language writes it (1,234 / 1.234 / 1 234).</summary>
    public string Number(int value) => value.ToString("N0", Culture);
}
