using System.CommandLine;

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
}
