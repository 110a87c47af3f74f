namespace NewsBot.Cli;

/// <summary>What a CLI run writes to and reads settings from; tests pass their own writers and overrides.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error)
{
    /// <summary>Settings applied over appsettings.json and the environment (tests use it to reach loopback servers).</summary>
    public IReadOnlyDictionary<string, string?> ConfigurationOverrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>Folder whose appsettings.json is read, and against which relative paths resolve.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    public static CliContext FromConsole() => new(Console.Out, Console.Error);
}
