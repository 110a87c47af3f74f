using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Discord;
using NewsBot.Operations;

namespace NewsBot.Cli.Verbs;

/// <summary>
/// <c>run</c>: the bot host. It refuses to start without a Discord token, then registers the commands, connects to the
/// gateway and answers interactions until Ctrl+C. A rejected token is a configuration error (exit 2); other fatal gateway
/// closes exit 1; both as one line.
/// </summary>
internal static class RunVerb
{
    public const string TokenSetting = "Discord:Token";

    public static Command Create(CliContext context)
    {
        var command = new Command("run", "Run the Discord bot: scheduled digests and slash commands.");
        command.SetAction((parse, token) => VerbRunner.RunAsync(
            parse, context, VerbServices.Bot, RunBotAsync, token, builder => ServiceLogging.Use(builder, context.Output, parse.GetValue(CommonOptions.Verbose))));
        return command;
    }

    private static async Task<int> RunBotAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var configured = services.GetRequiredService<IConfiguration>()[TokenSetting];
        if (string.IsNullOrWhiteSpace(configured))
            throw new UsageException($"no Discord bot token: set {TokenSetting} in appsettings.json or the environment variable Discord__Token");
        var host = services.GetRequiredService<IHost>();
        var bot = services.GetRequiredService<DiscordBotService>();
        // Health first: /healthz answers and /readyz says 503 while the database, scheduler and gateway come up.
        await using var health = HealthEndpoints.Build(services);
        await health.StartAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
        try
        {
            await bot.Completion.WaitAsync(cancellationToken);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        catch (DiscordFatalException e) when (e.AuthenticationFailed)
        {
            throw new UsageException(e.Message, e);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
            await health.StopAsync(CancellationToken.None);
        }
    }
}
