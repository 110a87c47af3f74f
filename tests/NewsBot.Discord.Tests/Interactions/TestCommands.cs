using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Interactions;

internal sealed class PingTestCommand : IDiscordCommand
{
    public ApplicationCommand Definition => new() { Name = "ping", Description = "Answers pong" };
    public bool Ephemeral => true;

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) => context.RespondAsync("pong @everyone", cancellationToken);
}

/// <summary>Waits until the test releases it, like a digest that takes longer than Discord's 3 seconds.</summary>
internal sealed class SlowTestCommand : IDiscordCommand
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public ApplicationCommand Definition => new() { Name = "slow", Description = "Takes its time" };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        await Release.Task.WaitAsync(cancellationToken);
        await context.RespondAsync("digest ready", cancellationToken);
    }
}

internal sealed class ModeratorTestCommand : IDiscordCommand
{
    public ApplicationCommand Definition => new() { Name = "purge", Description = "Moderators only", DefaultMemberPermissions = "8192" };

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) =>
        context.RespondAsync(context.HasPermission(DiscordPermissions.ManageMessages) ? "allowed" : "denied", cancellationToken);
}

internal sealed class TopicTestCommand : IDiscordCommand
{
    public ApplicationCommand Definition => new()
    {
        Name = "topic",
        Description = "Pick a topic",
        Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "name", Description = "Topic", Autocomplete = true }],
    };

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) => context.RespondAsync(context.GetString("name") ?? "none", cancellationToken);

    public Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CommandChoice>>([.. Enumerable.Range(1, 30).Select(i => new CommandChoice($"{context.Focused?.Value} {i}", $"t{i}"))]);
}
