using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>Discord's locales: the only keys a <c>*_localizations</c> map may have, and what an interaction's <c>locale</c> holds.</summary>
internal static class FakeLocales
{
    // Written out here rather than taken from the client, so the fake checks the client instead of agreeing with it.
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR",
        "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
    };

    /// <summary>The map's string entries; a key that is no locale is an error at its path, as Discord reports it.</summary>
    public static IEnumerable<(string Locale, string Value)> Entries(FormErrors errors, string path, JsonNode? map)
    {
        if (map is not JsonObject entries)
            yield break;
        foreach (var (locale, value) in entries)
        {
            if (!Known.Contains(locale))
            {
                errors.Add($"{path}.{locale}", "LOCALE_INVALID", $"Invalid locale ({locale})");
                continue;
            }
            yield return (locale, value?.GetValue<string>() ?? "");
        }
    }

    /// <summary>Options side by side need distinct names in each locale, the default name standing in where one has none.</summary>
    public static void CheckUniqueNames(FormErrors errors, string path, JsonArray options)
    {
        var items = options.OfType<JsonObject>().ToList();
        var locales = items.SelectMany(o => o["name_localizations"] is JsonObject map ? map.Select(p => p.Key) : []).Distinct(StringComparer.Ordinal);
        foreach (var locale in locales.Where(Known.Contains))
        {
            var names = items.Select(o => o["name_localizations"]?[locale]?.GetValue<string>() ?? o["name"]?.GetValue<string>() ?? "");
            if (names.GroupBy(n => n, StringComparer.Ordinal).Any(g => g.Count() > 1))
                errors.Add(path, "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME", $"Option names must be unique ({locale})");
        }
    }
}
