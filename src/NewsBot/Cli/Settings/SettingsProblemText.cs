using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace NewsBot.Cli.Settings;

/// <summary>One validation failure as a line that starts with the setting's key and says what would be accepted.</summary>
internal static class SettingsProblemText
{
    public static string Describe(string key, string? message, PropertyInfo? property, object? value)
    {
        if (property?.GetCustomAttribute<RangeAttribute>() is { } range && !range.IsValid(value))
            return $"{key}: must be between {Invariant(range.Minimum)} and {Invariant(range.Maximum)}, not {Invariant(value)}";
        if (property?.GetCustomAttribute<RequiredAttribute>() is { } required && !required.IsValid(value))
            return $"{key}: is required";
        // Our own messages often start with the key already ("Discord:ApiBaseUrl must be …").
        var text = message ?? "is not valid";
        return text.StartsWith(key, StringComparison.OrdinalIgnoreCase) ? text : $"{key}: {text}";
    }

    private static string Invariant(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "nothing";
}
