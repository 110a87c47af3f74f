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
        OptionsValidationException options => options.Failures.Select(f => Clean(f, options.OptionsType)).ToList(),
        AggregateException aggregate when aggregate.InnerExceptions.All(i => Problems(i, configuration) is not null) =>
            aggregate.InnerExceptions.SelectMany(i => Problems(i, configuration)!).ToList(),
        InvalidOperationException binding when FailedConversion().Match(binding.Message) is { Success: true } match =>
            [Conversion(match.Groups["key"].Value, match.Groups["type"].Value, configuration)],
        _ => null,
    };

    private static string Conversion(string key, string typeName, IConfiguration configuration)
    {
        var value = configuration[key] ?? "";
        var type = Type.GetType(typeName, throwOnError: false);
        return $"{key}: " + (type is null ? $"\"{value}\" cannot be read as {typeName}" : ValueProblems.Describe(value, type) ?? $"\"{value}\" is not valid");
    }

    /// <summary>DataAnnotations' wording names the C# class; keep only what it says about the member.</summary>
    private static string Clean(string failure, Type optionsType)
    {
        var match = DataAnnotationFailure().Match(failure);
        if (!match.Success)
            return failure;
        var section = optionsType.GetField("SectionName")?.GetRawConstantValue() as string ?? optionsType.Name;
        return $"{section}:{match.Groups["member"].Value}: {match.Groups["error"].Value.TrimEnd('.')}";
    }

    [GeneratedRegex("at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex FailedConversion();

    [GeneratedRegex("members: '(?<member>[^']+)' with the error: '(?<error>.*)'")]
    private static partial Regex DataAnnotationFailure();
}
