using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Routes INTERACTION_CREATE by command path ("news latest", else "news") to its handler, on its own task so the gateway
/// keeps reading. Discord invalidates an interaction not acknowledged within 3 s, so when a handler has not replied by
/// <c>DeferAfter</c> the router defers (type 5) and the handler's reply later completes it with PATCH @original.
/// </summary>
public sealed partial class InteractionRouter : IGatewayDispatchHandler
{
    private readonly ConcurrentDictionary<string, (InteractionHandler Handler, bool Ephemeral)> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IDiscordCommand> _commands;
    private readonly InteractionsApi _api;
    private readonly TimeProvider _time;
    private readonly TimeSpan _deferAfter;
    private readonly ILogger<InteractionRouter> _logger;
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly ICommandLocalizer? _localizer;

    public InteractionRouter(
        IEnumerable<IDiscordCommand> commands, IEnumerable<ISubcommandHandler> subcommands, InteractionsApi api, TimeProvider time,
        IOptions<DiscordOptions> options, ILogger<InteractionRouter> logger, ICommandLocalizer? localizer = null)
    {
        ArgumentNullException.ThrowIfNull(subcommands);
        ArgumentNullException.ThrowIfNull(options);
        (_api, _time, _deferAfter, _logger, _localizer) = (api, time, options.Value.DeferAfter, logger, localizer);
        _commands = commands.ToDictionary(c => c.Definition.Name, StringComparer.Ordinal);
        foreach (var command in _commands.Values)
            _routes[command.Definition.Name] = (command.HandleAsync, command.Ephemeral);
        foreach (var subcommand in subcommands)
            _routes[subcommand.CommandPath] = (subcommand.HandleAsync, subcommand.Ephemeral);
    }

    /// <summary>The definitions to register with Discord, with other languages' names when a localizer is registered.</summary>
    public IReadOnlyList<ApplicationCommand> Definitions =>
        [.. _commands.Values.Select(c => _localizer is null ? c.Definition : _localizer.Localize(c.Definition))];

    /// <summary>Routes a command path such as "news latest" to a handler (overrides the command's own handler for that path).</summary>
    public InteractionRouter Map(string commandPath, InteractionHandler handler, bool ephemeral = false)
    {
        _routes[commandPath] = (handler, ephemeral);
        return this;
    }

    public Task OnDispatchAsync(string eventName, JsonElement data, CancellationToken cancellationToken)
    {
        if (eventName != "INTERACTION_CREATE")
            return Task.CompletedTask;
        var interaction = data.Deserialize(DiscordJson.Options.Info<Interaction>());
        if (interaction is null)
            return Task.CompletedTask;
        Start(() => HandleAsync(interaction, cancellationToken));
        return Task.CompletedTask;
    }

    /// <summary>Runs <paramref name="handling"/> on its own task, registered before it starts so DrainAsync never misses a handler that has already replied in part.</summary>
    private Task Start(Func<Task> handling)
    {
        var start = new Task<Task>(handling);
        var task = start.Unwrap();
        _running[task] = true;
        task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        start.Start(TaskScheduler.Default);
        return task;
    }

    /// <summary>Waits for interactions still being handled (used on shutdown and by tests).</summary>
    public Task DrainAsync() => Task.WhenAll(_running.Keys).ContinueWith(_ => { }, TaskScheduler.Default);

    internal Task HandleAsync(Interaction interaction, CancellationToken cancellationToken) => HandleAsync(interaction, null, cancellationToken);

    private async Task HandleAsync(
        Interaction interaction, Func<InteractionResponse, CancellationToken, Task<DiscordResult>>? initialResponse, CancellationToken cancellationToken)
    {
        var route = Find(interaction);
        var context = new InteractionContext(interaction, _api, route?.Ephemeral ?? true, initialResponse);
        try
        {
            if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
                await AutocompleteAsync(context, cancellationToken);
            else if (route is null)
                await context.RespondAsync("This command is not available.", cancellationToken);
            else
                await RunWithDeadlineAsync(route.Value.Handler, context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogHandlerFailed(_logger, context.CommandPath, e);
            await ApologizeAsync(context);
        }
    }

    private async Task ApologizeAsync(InteractionContext context)
    {
        try
        {
            await context.RespondAsync("Something went wrong; please try again later.", CancellationToken.None);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidOperationException)
        {
            LogHandlerFailed(_logger, context.CommandPath, e);
        }
    }

    private async Task RunWithDeadlineAsync(InteractionHandler handler, InteractionContext context, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = handler(context, cancellationToken);
        var deadline = Task.Delay(_deferAfter, _time, done.Token);
        if (await Task.WhenAny(work, deadline) == deadline && !context.Acknowledged)
        {
            LogDeferred(_logger, context.CommandPath);
            var deferred = await context.DeferAsync(cancellationToken);
            if (deferred.Error is { } error)
                LogDeferFailed(_logger, context.CommandPath, error.ToString());
        }
        await done.CancelAsync();
        await work;
    }

    private async Task AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var name = context.Interaction.Data?.Name ?? "";
        IReadOnlyList<CommandChoice> choices = _commands.TryGetValue(name, out var command) ? await command.AutocompleteAsync(context, cancellationToken) : [];
        await context.AutocompleteAsync(choices, cancellationToken);
    }

    private (InteractionHandler Handler, bool Ephemeral)? Find(Interaction interaction)
    {
        var path = new InteractionContext(interaction, _api, false).CommandPath;
        while (true)
        {
            if (_routes.TryGetValue(path, out var route))
                return route;
            var cut = path.LastIndexOf(' ');
            if (cut < 0)
                return null;
            path = path[..cut];
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "/{Command} is taking a while; deferred the response")]
    private static partial void LogDeferred(ILogger logger, string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deferring /{Command} failed: {Error}")]
    private static partial void LogDeferFailed(ILogger logger, string command, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "/{Command} failed")]
    private static partial void LogHandlerFailed(ILogger logger, string command, Exception exception);
}
