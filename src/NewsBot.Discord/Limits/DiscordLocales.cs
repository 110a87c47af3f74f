namespace NewsBot.Discord.Limits;

/// <summary>The locales Discord accepts as keys of <c>name_localizations</c> and sends as an interaction's <c>locale</c>.</summary>
public static class DiscordLocales
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR",
        "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
    };
}
