using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Localization;

/// <summary>
/// Adds each language file's names and descriptions to a definition before it is registered. Keys are command paths:
/// "news.name", "news.description", "news query.name", "topic create name.description", "Key quotes.name". A key a
/// file lacks leaves that language on the English text, which Discord shows instead.
/// </summary>
public sealed class CommandLocalizer(TextCatalog catalog) : ICommandLocalizer
{
    public const string NameSuffix = ".name";
    public const string DescriptionSuffix = ".description";

    public ApplicationCommand Localize(ApplicationCommand definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var path = definition.Name;
        return definition with
        {
            NameLocalizations = Translations(path + NameSuffix) ?? definition.NameLocalizations,
            DescriptionLocalizations = definition.Type == ApplicationCommandType.ChatInput
                ? Translations(path + DescriptionSuffix) ?? definition.DescriptionLocalizations
                : definition.DescriptionLocalizations,
            Options = definition.Options is { } options ? [.. options.Select(o => Localize(o, path))] : null,
        };
    }

    /// <summary>Every key a definition can be translated under, for the test that the files name no command that is gone.</summary>
    public static IEnumerable<string> Keys(ApplicationCommand definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        yield return definition.Name + NameSuffix;
        if (definition.Type == ApplicationCommandType.ChatInput)
            yield return definition.Name + DescriptionSuffix;
        foreach (var key in (definition.Options ?? []).SelectMany(o => Keys(o, definition.Name)))
            yield return key;
    }

    private static IEnumerable<string> Keys(ApplicationCommandOption option, string parent)
    {
        var path = $"{parent} {option.Name}";
        return new[] { path + NameSuffix, path + DescriptionSuffix }.Concat((option.Options ?? []).SelectMany(o => Keys(o, path)));
    }

    private ApplicationCommandOption Localize(ApplicationCommandOption option, string parent)
    {
        var path = $"{parent} {option.Name}";
        return option with
        {
            NameLocalizations = Translations(path + NameSuffix) ?? option.NameLocalizations,
            DescriptionLocalizations = Translations(path + DescriptionSuffix) ?? option.DescriptionLocalizations,
            Options = option.Options is { } nested ? [.. nested.Select(o => Localize(o, path))] : null,
        };
    }

    private Dictionary<string, string>? Translations(string key)
    {
        var found = catalog.Languages
            .Where(l => l.Locale != TextCatalog.Fallback && l.Commands.ContainsKey(key))
            .OrderBy(l => l.Locale, StringComparer.Ordinal)
            .ToDictionary(l => l.Locale, l => l.Commands[key], StringComparer.Ordinal);
        return found.Count == 0 ? null : found;
    }
}
