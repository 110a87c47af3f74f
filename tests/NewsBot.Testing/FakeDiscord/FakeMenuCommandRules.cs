using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// Rules for context-menu commands (type 2 user, 3 message: a name of 1-32 characters of any case, spaces allowed; no
/// description and no options) and for every command's <c>contexts</c> (0-2) and <c>integration_types</c> (0-1).
/// </summary>
internal static class FakeMenuCommandRules
{
    public static void Check(FormErrors errors, string path, JsonObject command)
    {
        CheckName(errors, $"{path}.name", command["name"]?.GetValue<string>() ?? "");
        foreach (var (locale, name) in FakeLocales.Entries(errors, $"{path}.name_localizations", command["name_localizations"]))
            CheckName(errors, $"{path}.name_localizations.{locale}", name);
        if ((command["description"]?.GetValue<string>() ?? "").Length > 0 || command["description_localizations"] is JsonObject { Count: > 0 })
            errors.Add($"{path}.description", "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION", "Context menu commands cannot have a description");
        if (command["options"] is JsonArray { Count: > 0 })
            errors.Add($"{path}.options", "APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS", "Context menu commands cannot have options");
    }

    public static void CheckScopes(FormErrors errors, string path, JsonObject command)
    {
        CheckValues(errors, $"{path}.contexts", command["contexts"], max: 2);
        CheckValues(errors, $"{path}.integration_types", command["integration_types"], max: 1);
    }

    private static void CheckName(FormErrors errors, string path, string name)
    {
        if (name.Trim().Length == 0 || name.Length > 32)
            errors.Add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
    }

    private static void CheckValues(FormErrors errors, string path, JsonNode? node, int max)
    {
        if (node is null)
            return;
        if (node is not JsonArray values)
        {
            errors.Add(path, "BASE_TYPE_LIST", "Must be a list.");
            return;
        }
        var seen = new HashSet<int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not JsonValue v || !v.TryGetValue<int>(out var value) || value < 0 || value > max)
                errors.Add($"{path}.{i}", "BASE_TYPE_CHOICES", $"Value must be one of {{{string.Join(", ", Enumerable.Range(0, max + 1))}}}.");
            else if (!seen.Add(value))
                errors.Add($"{path}.{i}", "BASE_TYPE_DUPLICATE", "Values must be unique.");
        }
    }
}
