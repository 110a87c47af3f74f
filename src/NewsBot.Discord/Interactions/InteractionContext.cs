using System.Globalization;
using System.Text.Json;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// One interaction as a handler sees it: the command path and options, the invoker's permissions, and replies that do the
/// right thing whatever happened before. The first reply is the callback; after a defer it becomes PATCH @original;
/// later replies are followups. The router defers automatically when a handler has not answered in time.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The reply lock never exposes a wait handle.")]
public sealed class InteractionContext
{
    private readonly InteractionsApi _api;
    private readonly SemaphoreSlim _replying = new(1, 1);
    private readonly Func<InteractionResponse, CancellationToken, Task<DiscordResult>>? _initialResponse;
    private ReplyState _state;

    public const string DefaultLocale = "en-US";
    private const string GuildInstallKey = "0";
    private const MessageFlags EditableFlags = MessageFlags.IsComponentsV2 | MessageFlags.SuppressEmbeds;

    /// <param name="initialResponse">
    /// Where the first acknowledgement goes instead of the callback endpoint: over HTTP it is the answer to Discord's request.
    /// </param>
    internal InteractionContext(
        Interaction interaction, InteractionsApi api, bool ephemeral, Func<InteractionResponse, CancellationToken, Task<DiscordResult>>? initialResponse = null)
    {
        (Interaction, _api, Ephemeral, _initialResponse) = (interaction, api, ephemeral, initialResponse);
        (CommandPath, Options) = interaction.Type == InteractionType.MessageComponent
            ? (ComponentPath(interaction.Data?.CustomId), new Dictionary<string, InteractionOption>())
            : Flatten(interaction.Data);
        MemberPermissions = ulong.TryParse(interaction.Member?.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            ? (DiscordPermissions)bits : DiscordPermissions.None;
    }

    private enum ReplyState { None, Deferred, Replied }

    public Interaction Interaction { get; }

    /// <summary>
    /// "news" or "news latest": the command and any subcommand group and subcommand; for a message component,
    /// "component " and its custom id up to the first ':' (the rest is the handler's own, e.g. a token).
    /// </summary>
    public string CommandPath { get; }

    /// <summary>The leaf options (inside the subcommand), by name.</summary>
    public IReadOnlyDictionary<string, InteractionOption> Options { get; }

    /// <summary>The invoker's permissions in this channel; check them here, not only through default_member_permissions.</summary>
    public DiscordPermissions MemberPermissions { get; }

    public bool Ephemeral { get; }

    /// <summary>The guild the command was used in; null in a direct message.</summary>
    public string? GuildId => Interaction.GuildId;

    /// <summary>
    /// The server whose NewsBot installation this is: the guild, when NewsBot is installed there. Null in DMs and in a
    /// server where only the member installed NewsBot (a user install): its topics and moderators are not ours to show.
    /// </summary>
    public string? ServerId => Interaction.GuildId is { } guild
        && (Interaction.AuthorizingIntegrationOwners is not { } owners
            || (owners.TryGetValue(GuildInstallKey, out var owner) && owner == guild))
        ? guild : null;

    /// <summary>The invoker's client language, e.g. "de" or "pt-BR"; "en-US" when Discord sent none.</summary>
    public string Locale => string.IsNullOrEmpty(Interaction.Locale) ? DefaultLocale : Interaction.Locale;

    /// <summary>A message command's target message, as Discord resolved it; null for other interactions.</summary>
    public Message? TargetMessage =>
        Interaction.Data is { Type: ApplicationCommandType.Message, TargetId: { } id, Resolved.Messages: { } messages }
        && messages.TryGetValue(id, out var message) ? message : null;

    /// <summary>Who used the command, in a guild or a direct message.</summary>
    public string? UserId => Interaction.Member?.User?.Id ?? Interaction.User?.Id;

    /// <summary>A message component's custom id, whole; null for commands.</summary>
    public string? CustomId => Interaction.Type == InteractionType.MessageComponent ? Interaction.Data?.CustomId : null;

    /// <summary>What was picked in a select menu; empty for anything else.</summary>
    public IReadOnlyList<string> SelectedValues => Interaction.Data?.Values ?? [];

    /// <summary>The route of components whose custom id starts with <paramref name="customId"/> up to its first ':'.</summary>
    public static string ComponentPath(string? customId)
    {
        var id = customId ?? "";
        var cut = id.IndexOf(':', StringComparison.Ordinal);
        return "component " + (cut < 0 ? id : id[..cut]);
    }

    public bool Acknowledged => _state != ReplyState.None;

    public bool HasPermission(DiscordPermissions permission) =>
        MemberPermissions.HasFlag(DiscordPermissions.Administrator) || MemberPermissions.HasFlag(permission);

    public string? GetString(string name) => Options.TryGetValue(name, out var o) && o.Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    public long? GetInteger(string name) =>
        Options.TryGetValue(name, out var o) && o.Value is { ValueKind: JsonValueKind.Number } v && v.TryGetInt64(out var n) ? n : null;

    public bool? GetBoolean(string name) =>
        Options.TryGetValue(name, out var o) && o.Value is { ValueKind: JsonValueKind.True or JsonValueKind.False } v ? v.GetBoolean() : null;

    public InteractionOption? Focused => Options.Values.FirstOrDefault(o => o.Focused == true);

    public Task<DiscordResult> RespondAsync(string content, CancellationToken cancellationToken) =>
        RespondAsync(new MessagePayload { Content = content }, cancellationToken);

    public async Task<DiscordResult> RespondAsync(MessagePayload message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _replying.WaitAsync(cancellationToken);
        try
        {
            switch (_state)
            {
                case ReplyState.None:
                    var flags = (message.Flags ?? MessageFlags.None) | (Ephemeral ? MessageFlags.Ephemeral : MessageFlags.None);
                    var data = new InteractionCallbackData { Content = message.Content, Embeds = message.Embeds, Components = message.Components, Flags = OrNull(flags) };
                    var result = await AcknowledgeAsync(new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, data), cancellationToken);
                    _state = ReplyState.Replied;
                    return result;
                case ReplyState.Deferred:
                    // The defer fixed who sees the reply; an edit may only set IS_COMPONENTS_V2 and SUPPRESS_EMBEDS.
                    var edited = await _api.EditOriginalAsync(Interaction.ApplicationId, Interaction.Token, message with { Flags = OrNull((message.Flags ?? MessageFlags.None) & EditableFlags) }, cancellationToken);
                    _state = ReplyState.Replied;
                    return new DiscordResult(edited.Error);
                default:
                    var followup = await _api.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, Ephemeral ? message with { Flags = (message.Flags ?? MessageFlags.None) | MessageFlags.Ephemeral } : message, cancellationToken);
                    return new DiscordResult(followup.Error);
            }
        }
        finally
        {
            _replying.Release();
        }
    }

    /// <summary>Acknowledges with type 5 ("thinking…") unless a reply already went out; the next reply completes it.</summary>
    public Task<DiscordResult> DeferAsync(CancellationToken cancellationToken) => DeferAsync(Ephemeral, cancellationToken);

    /// <summary>
    /// Defers as only-the-invoker-sees or not whatever the command's default, e.g. for a <c>private</c> option. Discord keeps
    /// that choice for the response that completes it; followups choose their own with <see cref="MessageFlags.Ephemeral"/>.
    /// </summary>
    public async Task<DiscordResult> DeferAsync(bool ephemeral, CancellationToken cancellationToken)
    {
        await _replying.WaitAsync(cancellationToken);
        try
        {
            if (_state != ReplyState.None)
                return DiscordResult.Success;
            var data = ephemeral ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral } : null;
            var result = await AcknowledgeAsync(new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource, data), cancellationToken);
            _state = ReplyState.Deferred;
            return result;
        }
        finally
        {
            _replying.Release();
        }
    }

    internal Task<DiscordResult> AutocompleteAsync(IReadOnlyList<CommandChoice> choices, CancellationToken cancellationToken)
    {
        _state = ReplyState.Replied;
        var data = new InteractionCallbackData { Choices = [.. choices.Take(MessageLimits.AutocompleteChoices)] };
        return AcknowledgeAsync(new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, data), cancellationToken);
    }

    private Task<DiscordResult> AcknowledgeAsync(InteractionResponse response, CancellationToken cancellationToken) =>
        _initialResponse is { } initial ? initial(response, cancellationToken) : _api.CreateResponseAsync(Interaction.Id, Interaction.Token, response, cancellationToken);

    private static MessageFlags? OrNull(MessageFlags flags) => flags == MessageFlags.None ? null : flags;

    private static (string Path, IReadOnlyDictionary<string, InteractionOption> Options) Flatten(InteractionData? data)
    {
        var path = data?.Name ?? "";
        var options = data?.Options ?? [];
        while (options is [{ Type: ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup } sub])
        {
            path += " " + sub.Name;
            options = sub.Options ?? [];
        }
        return (path, options.ToDictionary(o => o.Name, StringComparer.Ordinal));
    }
}
