using NewsBot.Localization;

namespace NewsBot.Engine.Topics;

/// <summary>
/// A topic's digest language as people write it: a locale NewsBot has a language file for (<c>de</c>, <c>pt-BR</c> …,
/// case ignored); "default" (or empty) follows <c>Digests:Locale</c>.
/// </summary>
public static class TopicLocale
{
    public const string Default = "default";

    /// <param name="locale">The shipped locale as its file spells it; null to follow the global setting.</param>
    /// <returns>False when the text names no shipped language; <see cref="Known"/> lists them for the reply.</returns>
    public static bool TryParse(string? text, out string? locale, TextCatalog? catalog = null)
    {
        locale = null;
        var value = text?.Trim() ?? "";
        if (value.Length == 0 || value.Equals(Default, StringComparison.OrdinalIgnoreCase))
            return true;
        locale = Known(catalog).FirstOrDefault(l => l.Equals(value, StringComparison.OrdinalIgnoreCase));
        return locale is not null;
    }

    /// <summary>Every locale with a language file, English first: what the setting and the command accept.</summary>
    public static IReadOnlyList<string> Known(TextCatalog? catalog = null) =>
        [.. (catalog ?? TextCatalog.Embedded).Languages.Select(l => l.Locale)
            .OrderBy(l => l == TextCatalog.Fallback ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal)];

    /// <summary>The locale, or "default" when the topic follows the global setting.</summary>
    public static string Format(string? locale) => locale ?? Default;
}
