using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>Discord's application command rules (names, lengths, option counts and order, choices, nesting, size).</summary>
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
            CheckNamed(errors, $"{i}", command);
            if (!names.Add(name))
                errors.Add($"{i}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique ({name})");
            if (command.ToJsonString().Length > 8000)
                errors.Add($"{i}", "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)");
            if (command["options"] is JsonArray options)
                CheckOptions(errors, $"{i}.options", options, depth: 0);
        }
    }

    private static void CheckOptions(FormErrors errors, string path, JsonArray options, int depth)
    {
        if (options.Count > 25)
            errors.Add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
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
        var name = item["name"]?.GetValue<string>() ?? "";
        if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
            errors.Add($"{path}.name", "APPLICATION_COMMAND_INVALID_NAME", $"Command name is invalid ({name})");
        var description = item["description"]?.GetValue<string>() ?? "";
        if (description.Length is < 1 or > 100)
            errors.Add($"{path}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
