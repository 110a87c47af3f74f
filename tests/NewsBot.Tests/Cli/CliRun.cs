using NewsBot.Cli;
using NewsBot.Cli.Verbs;
using NewsBot.Testing;

namespace NewsBot.Tests.Cli;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> ExecuteAsync(
        string[] args, IReadOnlyDictionary<string, string?>? settings = null, string? workingDirectory = null, CancellationToken? cancellationToken = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error)
        {
            WorkingDirectory = workingDirectory ?? TestPaths.RepositoryRoot,
            ConfigurationOverrides = WithPrivateDataFolder(settings),
        };
        var code = await NewsBotCli.RunAsync(args, context, cancellationToken ?? TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Each run gets its own database unless the test chose one, so runs never share state or touch the repository.</summary>
    private static Dictionary<string, string?> WithPrivateDataFolder(IReadOnlyDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        all.TryAdd("Storage:DataDirectory", Path.Combine(Path.GetTempPath(), "newsbot-cli-" + Guid.NewGuid().ToString("N")));
        // `run` serves /healthz on Kestrel: any free loopback port, so runs side by side never fight over 8080.
        all.TryAdd("Http:Urls", "http://127.0.0.1:0");
        return all;
    }

    public static Task<CliRun> ExecuteAsync(params string[] args) => ExecuteAsync(args, settings: null);
}
