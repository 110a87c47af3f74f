using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Interactions.Http;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimiting;

namespace NewsBot.Discord;

/// <summary>
/// The bot's lifetime: register the application's commands (in Discord:DevGuildId, else globally), then keep the gateway
/// connected. Discord unreachable or answering 5xx at start-up is waited out with back-off (a Warning per attempt); only a
/// rejected token or a refusal that retrying cannot fix is fatal. <see cref="Completion"/> fails with <see cref="DiscordFatalException"/> when Discord refuses the bot, so the
/// caller can report one line and exit instead of the host logging a stack trace.
/// </summary>
public sealed partial class DiscordBotService(
    IOptions<DiscordOptions> options, ApplicationsApi applications, ApplicationCommandsApi commands, InteractionRouter router,
    DiscordGatewayClient gateway, TimeProvider time, ILogger<DiscordBotService> logger) : BackgroundService
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private volatile bool _commandsRegistered;

    public Task Completion => _completion.Task;

    /// <summary>
    /// True once Discord accepted the bulk overwrite of the commands: in http interactions mode the bot is of no use before
    /// (Discord would send nothing, or yesterday's commands), so /readyz waits for it.
    /// </summary>
    public bool CommandsRegistered => _commandsRegistered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RegisterWhenReachableAsync(stoppingToken);
            if (options.Value.InteractionsMode == InteractionsMode.Http)
                await AwaitHttpInteractionsAsync(stoppingToken);
            else
                await gateway.RunAsync(stoppingToken);
            _completion.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _completion.TrySetResult();
        }
        catch (Exception e)
        {
            _completion.TrySetException(e);
        }
        finally
        {
            await router.DrainAsync();
        }
    }

    /// <summary>Discord POSTs interactions to the web host (<see cref="HttpInteractionEndpoint"/>): no gateway session, no intents.</summary>
    private async Task AwaitHttpInteractionsAsync(CancellationToken stoppingToken)
    {
        LogHttpMode(logger);
        await Task.Delay(Timeout.InfiniteTimeSpan, time, stoppingToken);
    }

    private async Task RegisterWhenReachableAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RegisterCommandsAsync(cancellationToken);
                _commandsRegistered = true;
                return;
            }
            catch (DiscordUnreachableException e)
            {
                var delay = RetryBackoff.Delay(attempt - 1, settings.ReconnectBaseDelay, settings.ReconnectMaxDelay, Random.Shared);
                LogUnreachable(logger, e.Message, attempt, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var applicationId = settings.ApplicationId;
        if (string.IsNullOrEmpty(applicationId))
            applicationId = Check(await applications.GetCurrentAsync(cancellationToken), "reading the application").Id;
        var definitions = router.Definitions;
        // A definition Discord would refuse (a translated name with a capital) is a programming error: named here, not sent.
        if (CommandDefinitionRules.Check(definitions) is { Count: > 0 } problems)
            throw new DiscordFatalException($"command definitions break Discord's rules: {string.Join("; ", problems)}", null, authenticationFailed: false);
        var registered = string.IsNullOrEmpty(settings.DevGuildId)
            ? await commands.BulkOverwriteGlobalAsync(applicationId, definitions, cancellationToken)
            : await commands.BulkOverwriteGuildAsync(applicationId, settings.DevGuildId, definitions, cancellationToken);
        Check(registered, "registering commands");
        LogRegistered(logger, definitions.Count, settings.DevGuildId is { Length: > 0 } guild ? $"guild {guild}" : "globally");
    }

    private static T Check<T>(DiscordResult<T> result, string step) => result.Error switch
    {
        null => result.Value!,
        { HttpStatus: 401 } => throw new DiscordFatalException($"Discord rejected the bot token (401 Unauthorized) while {step}; check Discord:Token", null, authenticationFailed: true),
        { HttpStatus: 0 or >= 500 } error => throw new DiscordUnreachableException($"{step} failed: {error}"),
        var error => throw new DiscordFatalException($"{step} failed: {error}", null, authenticationFailed: false),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord is not reachable at start-up ({Reason}); attempt {Attempt}, trying again in {Seconds:0.#} s")]
    private static partial void LogUnreachable(ILogger logger, string reason, int attempt, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interactions arrive over HTTP (POST /interactions); no gateway session")]
    private static partial void LogHttpMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} commands {Scope}")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);
}
