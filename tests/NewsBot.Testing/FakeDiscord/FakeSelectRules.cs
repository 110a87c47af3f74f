using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// A string select menu (type 3) as Discord's component reference describes it: alone in its action row; custom_id
/// 1 to 100 characters; 1 to 25 options, each with a label and a value of 1 to 100 characters (values unique) and a
/// description of at most 100; a placeholder of at most 150; min_values 0 to 25, max_values 1 to 25, neither above the
/// options' count, min not above max.
/// </summary>
internal static class FakeSelectRules
{
    public static void Check(FormErrors errors, JsonObject select, string path)
    {
        Required(errors, select["custom_id"], $"{path}.custom_id", 100);
        errors.MaxLength($"{path}.placeholder", select["placeholder"], 150, trim: false);
        if (select["options"] is not JsonArray options || options.Count is < 1 or > 25)
        {
            errors.Add($"{path}.options", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length.");
            return;
        }
        for (var i = 0; i < options.Count; i++)
        {
            Required(errors, options[i]?["label"], $"{path}.options.{i}.label", 100);
            Required(errors, options[i]?["value"], $"{path}.options.{i}.value", 100);
            errors.MaxLength($"{path}.options.{i}.description", options[i]?["description"], 100, trim: false);
        }
        if (options.Select(o => o?["value"]?.ToJsonString()).Distinct().Count() != options.Count)
            errors.Add($"{path}.options", "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED", "Select component option values must be unique.");
        var min = Count(select["min_values"], 1);
        var max = Count(select["max_values"], 1);
        if (min is < 0 or > 25 || min > options.Count)
            errors.Add($"{path}.min_values", "NUMBER_TYPE_MAX", $"int value should be between 0 and {Math.Min(25, options.Count)}.");
        if (max is < 1 or > 25 || max > options.Count || min > max)
            errors.Add($"{path}.max_values", "NUMBER_TYPE_MAX", $"int value should be between {Math.Max(1, min)} and {Math.Min(25, options.Count)}.");
    }

    /// <summary>True when <paramref name="select"/> offers every one of <paramref name="values"/>, within its min and max.</summary>
    public static bool Accepts(JsonObject select, IReadOnlyCollection<string> values)
    {
        var offered = (select["options"] as JsonArray ?? []).Select(o => o?["value"]?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        return values.All(offered.Contains) && values.Count >= Count(select["min_values"], 1) && values.Count <= Count(select["max_values"], 1);
    }

    private static void Required(FormErrors errors, JsonNode? value, string path, int max)
    {
        if (value is not JsonValue text || !text.TryGetValue<string>(out var s) || s.Length == 0)
            errors.Add(path, "BASE_TYPE_REQUIRED", "This field is required");
        else
            errors.MaxLength(path, value, max, trim: false);
    }

    private static int Count(JsonNode? value, int fallback) => value is JsonValue v && v.TryGetValue<int>(out var n) ? n : fallback;
}
