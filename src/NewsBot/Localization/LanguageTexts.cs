namespace NewsBot.Localization;

/// <summary>
/// One language file: command names and descriptions by command path ("news query.description"), and reply texts by
/// key with {placeholders}.
/// </summary>
public sealed record LanguageTexts(string Locale, IReadOnlyDictionary<string, string> Commands, IReadOnlyDictionary<string, string> Replies);
