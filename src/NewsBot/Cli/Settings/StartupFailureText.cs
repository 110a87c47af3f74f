using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace NewsBot.Cli.Settings;

/// <summary>
/// Turns what options binding and validation throw at start-up (after <see cref="SettingsChecker"/> has passed, so custom
/// validators and hand-bound sections) into one line per setting.
/// </summary>
internal static partial class StartupFailureText
{
    /// <summary>Null when the exception is not about settings.</summary>
    public static IReadOnlyList<string>? Problems(Exception e, IConfiguration configuration) => e switch
    {
        OptionsValidationException options => options.Failures.Select(f => Clean(f, options.OptionsType, configuration)).ToList(),
        AggregateException aggregate when aggregate.InnerExceptions.All(i => Problems(i, configuration) is not null) =>
            aggregate.InnerExceptions.SelectMany(i => Problems(i, configuration)!).ToList(),
        InvalidOperationException binding when FailedConversion(binding) is var (key, type) =>
            [$"{key}: {ValueProblems.Describe(configuration[key] ?? "", type)}"],
        _ => null,
    };

    /// <summary>The key and type name of the binder's "cannot convert" message; null for any other exception.</summary>
    public static (string Key, string Type)? FailedConversion(InvalidOperationException e) =>
        FailedConversionMessage().Match(e.Message) is { Success: true } match ? (match.Groups["key"].Value, match.Groups["type"].Value) : null;

    /// <summary>A generated validator's wording names the C# class; a custom validator's line is already keyed.</summary>
    private static string Clean(string failure, Type optionsType, IConfiguration configuration) =>
        SettingsSections.Bot.FirstOrDefault(s => s.Type == optionsType) is { } section
            ? ValidationFailureText.DescribeMember(failure, section, configuration) ?? failure
            : failure;

    [GeneratedRegex("at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex FailedConversionMessage();
}
