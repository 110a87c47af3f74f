using System.Text.RegularExpressions;

namespace NewsBot.Localization;

/// <summary>Reply texts in one member's language, falling back to English for a key its file lacks.</summary>
public sealed partial class ReplyTexts(LanguageTexts language, LanguageTexts fallback)
{
    public string Locale => language.Locale;

    /// <summary>
    /// The text for <paramref name="key"/> with each {name} replaced by its value, in one pass: a value that itself holds
    /// "{name}" (a topic someone named so) is shown as it is.
    /// </summary>
    public string Get(string key, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!language.Replies.TryGetValue(key, out var text) && !fallback.Replies.TryGetValue(key, out text))
            throw new KeyNotFoundException($"no reply text “{key}” in {fallback.Locale}");
        if (values.Length == 0)
            return text;
        return Placeholder().Replace(text, m => values.FirstOrDefault(v => v.Name == m.Groups[1].Value) is { Name: not null } found ? found.Value : m.Value);
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
