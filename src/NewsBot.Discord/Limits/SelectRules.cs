using NewsBot.Discord.Models.Components;

namespace NewsBot.Discord.Limits;

/// <summary>A string select's limits: custom id, 1 to 25 options with unique values, text lengths, min and max values.</summary>
internal static class SelectRules
{
    public static void Check(List<string> violations, string path, StringSelect select)
    {
        if (select.CustomId is not { Length: > 0 and <= ComponentLimits.CustomId })
            violations.Add($"{path}.custom_id: 1 to {ComponentLimits.CustomId} characters");
        if (select.Placeholder is { Length: > ComponentLimits.SelectPlaceholder })
            violations.Add($"{path}.placeholder: at most {ComponentLimits.SelectPlaceholder} characters");
        var options = select.Options ?? [];
        if (options.Count is < 1 or > ComponentLimits.SelectOptions)
            violations.Add($"{path}.options: {options.Count} options, 1 to {ComponentLimits.SelectOptions}");
        if (options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() != options.Count)
            violations.Add($"{path}.options: values must be unique");
        for (var i = 0; i < options.Count; i++)
        {
            if (!Fits(options[i].Label) || !Fits(options[i].Value) || options[i].Description is { Length: > ComponentLimits.SelectOptionText })
                violations.Add($"{path}.options[{i}]: label and value 1 to {ComponentLimits.SelectOptionText} characters, description at most as many");
        }
        var (min, max) = (select.MinValues ?? 1, select.MaxValues ?? 1);
        if (min < 0 || max < 1 || min > max || max > options.Count)
            violations.Add($"{path}: min_values {min} and max_values {max} do not fit {options.Count} options");
    }

    private static bool Fits(string? text) => text is { Length: > 0 and <= ComponentLimits.SelectOptionText };
}
