namespace NewsBot.Localization;

/// <summary>Reply texts in one member's language, falling back to English for a key its file lacks.</summary>
public sealed class ReplyTexts(LanguageTexts language, LanguageTexts fallback)
{
    public string Locale => language.Locale;

    /// <summary>The text for <paramref name="key"/> with each {name} replaced by its value.</summary>
    public string Get(string key, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!language.Replies.TryGetValue(key, out var text) && !fallback.Replies.TryGetValue(key, out text))
            throw new KeyNotFoundException($"no reply text “{key}” in {fallback.Locale}");
        foreach (var (name, value) in values)
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }
}
