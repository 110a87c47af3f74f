using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Permissions;
using NewsBot.Engine.Scheduling;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /topic create|edit|delete|show for moderators. Every reply is ephemeral, and the moderator check runs on every call,
/// because a server admin can open the command's default permissions to everyone.
/// </summary>
internal sealed class TopicCommand : IDiscordCommand
{
    private readonly TopicDirectory _directory;
    private readonly TopicCreate _create;
    private readonly TopicEdit _edit;
    private readonly TopicDelete _delete;
    private readonly TopicShow _show;

    public TopicCommand(ITopicStore store, EngineScheduler scheduler, BotChannelAccess channels, IOptions<ModerationLimits> limits)
    {
        _directory = new TopicDirectory(store);
        var checks = new TopicChecks(channels);
        var saver = new TopicSaver(store, scheduler);
        _create = new TopicCreate(_directory, checks, saver, limits);
        _edit = new TopicEdit(_directory, checks, saver);
        _delete = new TopicDelete(_directory, saver);
        _show = new TopicShow(_directory, store, saver);
    }

    public ApplicationCommand Definition { get; } = TopicCommandDefinition.Create();

    public bool Ephemeral => true;

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ModeratorGuard.IsModerator(context))
        {
            await context.RespondAsync(ModeratorGuard.Refusal, cancellationToken);
            return;
        }
        var input = TopicCommandInput.From(context);
        var reply = context.CommandPath switch
        {
            "topic create" => Text(await _create.HandleAsync(input, cancellationToken)),
            "topic edit" => Text(await _edit.HandleAsync(input, cancellationToken)),
            "topic delete" => Text(await _delete.HandleAsync(input, cancellationToken)),
            "topic show" => await _show.HandleAsync(input, cancellationToken),
            _ => Text("Use `/topic create`, `/topic edit`, `/topic delete` or `/topic show`."),
        };
        await context.RespondAsync(reply, cancellationToken);
    }

    public async Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Only the name option autocompletes; members who cannot use the command learn nothing from it.
        if (!ModeratorGuard.IsModerator(context) || context.Focused is not { Name: "name" } focused)
            return [];
        var typed = focused.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() ?? "" : "";
        var names = await _directory.SuggestAsync(context.Interaction.GuildId!, typed.Trim(), cancellationToken);
        return [.. names.Select(n => new CommandChoice(n, n))];
    }

    private static MessagePayload Text(string content) => new() { Content = content };
}
