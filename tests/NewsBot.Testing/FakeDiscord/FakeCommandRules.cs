using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// Discord's application command rules (names, lengths, option counts and order, choices, nesting, size; localised names
/// and descriptions with their locale keys; contexts and integration types; context-menu commands).
/// </summary>
internal static partial class FakeCommandRules
{
    public static void Check(FormErrors errors, JsonArray commands)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i] is not JsonObject command)
            {
                errors.Add($"{i}", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                continue;
            }
            var name = command["name"]?.GetValue<string>() ?? "";
            var type = command["type"]?.GetValue<int>() ?? 1;
            if (type is 2 or 3)
                FakeMenuCommandRules.Check(errors, $"{i}", command);
            else
                CheckNamed(errors, $"{i}", command);
            FakeMenuCommandRules.CheckScopes(errors, $"{i}", command);
            if (!names.Add(name))
                errors.Add($"{i}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique ({name})");
            if (FakeCommandSize.Of(command) > FakeCommandSize.Limit)
                errors.Add($"{i}", "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)");
            if (command["options"] is JsonArray options)
                CheckOptions(errors, $"{i}.options", options, depth: 0);
        }
    }

    private static void CheckOptions(FormErrors errors, string path, JsonArray options, int depth)
    {
        if (options.Count > 25)
            errors.Add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        FakeLocales.CheckUniqueNames(errors, path, options);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seenOptional = false;
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] is not JsonObject option)
                continue;
            var at = $"{path}.{i}";
            CheckNamed(errors, at, option);
            if (!names.Add(option["name"]?.GetValue<string>() ?? ""))
                errors.Add($"{at}.name", "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME", "Option names must be unique");
            var type = option["type"]?.GetValue<int>() ?? 0;
            var required = option["required"]?.GetValue<bool>() ?? false;
            if (required && seenOptional)
                errors.Add(at, "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            seenOptional |= !required && type > 2;
            if (option["choices"] is JsonArray choices)
            {
                if (choices.Count > 25)
                    errors.Add($"{at}.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
                if (option["autocomplete"]?.GetValue<bool>() == true)
                    errors.Add($"{at}.autocomplete", "AUTOCOMPLETE_CHOICES_EXCLUSIVE", "Autocomplete cannot be set with choices");
            }
            if (type is 1 or 2 && option["options"] is JsonArray nested)
            {
                var nestingOk = type == 2 ? depth == 0 && nested.All(n => n?["type"]?.GetValue<int>() == 1) : nested.All(n => (n?["type"]?.GetValue<int>() ?? 0) > 2);
                if (!nestingOk)
                    errors.Add($"{at}.options", "APPLICATION_COMMAND_OPTION_NESTING_INVALID", "Invalid nesting of subcommands");
                CheckOptions(errors, $"{at}.options", nested, depth + 1);
            }
        }
    }

    private static void CheckNamed(FormErrors errors, string path, JsonObject item)
    {
        CheckName(errors, $"{path}.name", item["name"]?.GetValue<string>() ?? "");
        CheckDescription(errors, $"{path}.description", item["description"]?.GetValue<string>() ?? "");
        foreach (var (locale, name) in FakeLocales.Entries(errors, $"{path}.name_localizations", item["name_localizations"]))
            CheckName(errors, $"{path}.name_localizations.{locale}", name);
        foreach (var (locale, description) in FakeLocales.Entries(errors, $"{path}.description_localizations", item["description_localizations"]))
            CheckDescription(errors, $"{path}.description_localizations.{locale}", description);
    }

    private static void CheckName(FormErrors errors, string path, string name)
    {
        if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
            errors.Add(path, "APPLICATION_COMMAND_INVALID_NAME", $"Command name is invalid ({name})");
    }

    private static void CheckDescription(FormErrors errors, string path, string description)
    {
        if (description.Length is < 1 or > 100)
            errors.Add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    }

    // Discord's \p{sc=Deva} and \p{sc=Thai} are the scripts; .NET names the blocks, which hold the same letters.
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
