using System.CommandLine;
using System.Globalization;

namespace NewsBot.Cli;

/// <summary>Options every verb understands.</summary>
internal static class CommonOptions
{
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show details (stack traces, debug logging) when something fails.",
        Recursive = true,
    };

    public static Option<FileInfo?> Config { get; } = new("--config")
    {
        Description = "A settings file to read instead of appsettings.json in the current folder.",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json") { Description = "Print JSON instead of text." };

    internal static void RequireRange(System.CommandLine.Parsing.OptionResult result, int min, int max)
    {
        // No token means the default; a token that is not a number already carries the parser's own error.
        if (result.Tokens.Count == 0 || !int.TryParse(result.Tokens[^1].Value, CultureInfo.InvariantCulture, out var value))
            return;
        if (value < min || value > max)
            result.AddError($"{result.Option.Name} must be between {min} and {max}, not {value}.");
    }
}
