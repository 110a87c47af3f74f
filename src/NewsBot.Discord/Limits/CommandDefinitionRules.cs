using System.Text.RegularExpressions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Limits;

/// <summary>
/// Discord's rules for command definitions, checked before registering so a bad name (a translation with a space or a
/// capital) is named in one line instead of coming back as a 50035 for the whole set. Slash command and option names
/// match <c>^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$</c> in lower case; context-menu names are 1-32 characters of
/// anything and have no description or options; descriptions are 1-100 characters.
/// </summary>
public static partial class CommandDefinitionRules
{
    private const int MaxName = 32;
    private const int MaxDescription = 100;

    /// <summary>Names, descriptions and choice values of a command and its options, each at its longest localisation.</summary>
    public const int MaxSize = 8000;

    public static IReadOnlyList<string> Check(IReadOnlyList<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var problems = new List<string>();
        foreach (var command in commands)
            Check(problems, command);
        return problems;
    }

    /// <summary>Whether Discord takes this as a slash command or option name (.NET names the scripts IsDevanagari and IsThai).</summary>
    public static bool IsSlashName(string name) =>
        SlashName().IsMatch(name) && string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal);

    private static void Check(List<string> problems, ApplicationCommand command)
    {
        var path = command.Name;
        if (command.Type == ApplicationCommandType.ChatInput)
        {
            CheckNamed(problems, path, command.Name, command.Description, command.NameLocalizations, command.DescriptionLocalizations);
            foreach (var option in command.Options ?? [])
                CheckOption(problems, path, option);
            CheckSiblingNames(problems, path, command.Options);
        }
        else
        {
            CheckMenuName(problems, path, command.Name);
            foreach (var (locale, name) in command.NameLocalizations ?? new Dictionary<string, string>())
            {
                CheckLocale(problems, path, locale);
                CheckMenuName(problems, $"{path} [{locale}]", name);
            }
            if (command.Description.Length > 0 || command.DescriptionLocalizations is { Count: > 0 } || command.Options is { Count: > 0 })
                problems.Add($"{path}: a context-menu command has no description or options");
        }
        var size = Longest(command.Name, command.NameLocalizations) + Longest(command.Description, command.DescriptionLocalizations) + (command.Options ?? []).Sum(Size);
        if (size > MaxSize)
            problems.Add($"{path}: {size} characters of names, descriptions and values, over {MaxSize}");
        CheckScopes(problems, path, command.Contexts, 2, "contexts");
        CheckScopes(problems, path, command.IntegrationTypes, 1, "integration_types");
    }

    private static void CheckOption(List<string> problems, string parent, ApplicationCommandOption option)
    {
        var path = $"{parent} {option.Name}";
        CheckNamed(problems, path, option.Name, option.Description, option.NameLocalizations, option.DescriptionLocalizations);
        foreach (var nested in option.Options ?? [])
            CheckOption(problems, path, nested);
    }

    /// <summary>Options side by side need distinct names in every language, not only in English.</summary>
    private static void CheckSiblingNames(List<string> problems, string path, IReadOnlyList<ApplicationCommandOption>? options)
    {
        if (options is null)
            return;
        foreach (var locale in options.SelectMany(o => o.NameLocalizations?.Keys ?? []).Distinct(StringComparer.Ordinal))
        {
            var clash = options.GroupBy(o => o.NameLocalizations?.GetValueOrDefault(locale) ?? o.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (clash is not null)
                problems.Add($"{path} [{locale}]: two options named “{clash.Key}”");
        }
        foreach (var option in options)
            CheckSiblingNames(problems, $"{path} {option.Name}", option.Options);
    }

    private static int Size(ApplicationCommandOption option) =>
        Longest(option.Name, option.NameLocalizations) + Longest(option.Description, option.DescriptionLocalizations)
        + (option.Choices ?? []).Sum(c => c.Name.Length + (c.Value.ToString() ?? "").Length)
        + (option.Options ?? []).Sum(Size);

    private static int Longest(string text, IReadOnlyDictionary<string, string>? localized) =>
        localized is null ? text.Length : localized.Values.Select(v => v.Length).Prepend(text.Length).Max();

    private static void CheckNamed(
        List<string> problems, string path, string name, string description,
        IReadOnlyDictionary<string, string>? names, IReadOnlyDictionary<string, string>? descriptions)
    {
        CheckSlashName(problems, path, name);
        CheckDescription(problems, path, description);
        foreach (var (locale, localized) in names ?? new Dictionary<string, string>())
        {
            CheckLocale(problems, path, locale);
            CheckSlashName(problems, $"{path} [{locale}]", localized);
        }
        foreach (var (locale, localized) in descriptions ?? new Dictionary<string, string>())
        {
            CheckLocale(problems, path, locale);
            CheckDescription(problems, $"{path} [{locale}]", localized);
        }
    }

    private static void CheckSlashName(List<string> problems, string path, string name)
    {
        if (!IsSlashName(name))
            problems.Add($"{path}: name “{name}” is not 1-32 lower-case letters, digits, - _ '");
    }

    private static void CheckMenuName(List<string> problems, string path, string name)
    {
        if (name.Trim().Length == 0 || name.Length > MaxName)
            problems.Add($"{path}: name “{name}” is not 1-32 characters");
    }

    private static void CheckDescription(List<string> problems, string path, string description)
    {
        if (description.Length is 0 or > MaxDescription)
            problems.Add($"{path}: description is {description.Length} characters, not 1-100");
    }

    private static void CheckLocale(List<string> problems, string path, string locale)
    {
        if (!DiscordLocales.All.Contains(locale))
            problems.Add($"{path}: “{locale}” is not a Discord locale");
    }

    private static void CheckScopes(List<string> problems, string path, IReadOnlyList<int>? values, int max, string field)
    {
        if (values is null)
            return;
        if (values.Any(v => v < 0 || v > max) || values.Distinct().Count() != values.Count)
            problems.Add($"{path}: {field} [{string.Join(",", values)}] are not distinct values from 0 to {max}");
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex SlashName();
}
