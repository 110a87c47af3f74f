using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Cli.Settings;
using NewsBot.Discord;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sources;
using NewsBot.Persistence;

namespace NewsBot.Cli;

/// <summary>Runs a verb's body with its services, and turns every failure into one line on stderr and an exit code.</summary>
internal static class VerbRunner
{
    /// <param name="register">The services the verb uses (<see cref="VerbServices"/>); inputs it checks fail as usage errors.</param>
    public static async Task<int> RunAsync(
        ParseResult parse,
        CliContext context,
        Action<IServiceCollection> register,
        Func<IServiceProvider, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken,
        Action<Microsoft.Extensions.Hosting.HostApplicationBuilder>? customize = null)
    {
        try
        {
            using var host = CliHost.Build(context, parse, register, customize);
            return await body(host.Services, cancellationToken);
        }
        catch (Exception e)
        {
            var (code, message) = Describe(e);
            foreach (var line in e is SettingsException settings ? settings.Problems : [message])
                await context.Error.WriteLineAsync($"error: {line}");
            if (parse.GetValue(CommonOptions.Verbose))
                await context.Error.WriteLineAsync(e.ToString());
            return code;
        }
    }

    private static (int Code, string Message) Describe(Exception e) => e switch
    {
        UsageException or SettingsException => (ExitCodes.Usage, e.Message),
        OptionsValidationException options => (ExitCodes.Usage, $"invalid settings: {string.Join("; ", options.Failures)}"),
        SourceException or FetchException or FeedFormatException or DiscordFatalException or DatabaseUnwritableException or Operations.BackupException => (ExitCodes.Failed, e.Message),
        OperationCanceledException => (ExitCodes.Failed, "cancelled"),
        _ => (ExitCodes.Failed, $"unexpected {e.GetType().Name}: {e.Message} (run with --verbose for details)"),
    };
}
