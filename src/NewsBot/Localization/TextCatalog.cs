using System.Reflection;
using System.Text.Json;

namespace NewsBot.Localization;

/// <summary>
/// Every language NewsBot speaks, read from the JSON files embedded from src/NewsBot/Localization (one file per Discord
/// locale, e.g. de.json). en-US holds every reply and is the fallback; a file for a new locale is picked up as it is.
/// </summary>
public sealed class TextCatalog
{
    public const string Fallback = "en-US";
    private const string ResourcePrefix = "NewsBot.Localization.";

    private readonly Dictionary<string, LanguageTexts> _languages;

    public TextCatalog(IEnumerable<LanguageTexts> languages)
    {
        _languages = languages.ToDictionary(l => l.Locale, StringComparer.Ordinal);
        if (!_languages.ContainsKey(Fallback))
            throw new ArgumentException($"the {Fallback} texts are missing", nameof(languages));
    }

    /// <summary>The files shipped in this assembly.</summary>
    public static TextCatalog Embedded { get; } = new(Load(typeof(TextCatalog).Assembly));

    public IReadOnlyCollection<LanguageTexts> Languages => _languages.Values;

    /// <summary>The reply texts for an interaction's locale: that locale, else one of the same language (es-419 → es-ES), else en-US.</summary>
    public ReplyTexts For(string? locale)
    {
        var fallback = _languages[Fallback];
        if (string.IsNullOrEmpty(locale))
            return new ReplyTexts(fallback, fallback);
        if (_languages.TryGetValue(locale, out var exact))
            return new ReplyTexts(exact, fallback);
        var language = LanguageOf(locale);
        var sameLanguage = _languages.Values.Where(l => LanguageOf(l.Locale) == language).OrderBy(l => l.Locale, StringComparer.Ordinal).FirstOrDefault();
        return new ReplyTexts(sameLanguage ?? fallback, fallback);
    }

    public static IEnumerable<LanguageTexts> Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            yield return Parse(name[ResourcePrefix.Length..^".json".Length], stream);
        }
    }

    public static LanguageTexts Parse(string locale, Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return new LanguageTexts(locale, Section(document.RootElement, "commands"), Section(document.RootElement, "replies"));
    }

    private static Dictionary<string, string> Section(JsonElement root, string name) =>
        root.TryGetProperty(name, out var section)
            ? section.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    private static string LanguageOf(string locale) => locale.Split('-')[0];
}
