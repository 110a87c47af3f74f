using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace NewsBot.Cli.Settings;

/// <summary>
/// One failure of a generated options validator (<c>Member: message</c>, the message naming the C# class) as a line that
/// starts with the setting's key and says what would be accepted.
/// </summary>
internal static partial class ValidationFailureText
{
    /// <summary>A failure that names no member is about the whole section.</summary>
    public static string Describe(string failure, SettingsSection section, IConfiguration configuration) =>
        DescribeMember(failure, section, configuration) ?? Keyed(section.Section, failure);

    /// <summary>Null when the failure names no member.</summary>
    public static string? DescribeMember(string failure, SettingsSection section, IConfiguration configuration)
    {
        var member = MemberFailure().Match(failure);
        if (!member.Success)
            return null;
        var key = $"{section.Section}:{member.Groups["member"].Value}";
        var message = member.Groups["message"].Value;
        if (Range().Match(message) is { Success: true } range)
            return $"{key}: must be between {range.Groups["min"].Value} and {range.Groups["max"].Value}, not {configuration[key] ?? "nothing"}";
        if (Required().IsMatch(message))
            return $"{key}: is required";
        // DataAnnotations name the member as Class.Member; the user knows the key.
        return Keyed(key, message.Replace($"{section.Type.Name}.", "", StringComparison.Ordinal).TrimEnd('.'));
    }

    // Our own messages often start with the key already ("Discord:ApiBaseUrl must be …").
    private static string Keyed(string key, string message) =>
        message.StartsWith(key, StringComparison.OrdinalIgnoreCase) ? message : $"{key}: {message}";

    [GeneratedRegex(@"^(?<member>\w+)(?:, \w+)*: (?<message>.*)$", RegexOptions.Singleline)]
    private static partial Regex MemberFailure();

    [GeneratedRegex(@"must be between (?<min>\S+) and (?<max>\S+?)\.?$")]
    private static partial Regex Range();

    [GeneratedRegex(@"field is required\.?$")]
    private static partial Regex Required();
}
