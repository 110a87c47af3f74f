using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// How a member uses a command, for <see cref="FakeGateway.SendInteractionAsync(FakeInvocation)"/>: in a server that
/// installed the bot (the default), in a server through their own installation, or in a DM; with their client's
/// locale; as a slash command or on a message from its context menu.
/// </summary>
public sealed record FakeInvocation(string Name)
{
    public JsonArray? Options { get; init; }

    /// <summary>2 a command, 3 a message component, 4 autocomplete.</summary>
    public int InteractionType { get; init; } = 2;

    /// <summary>1 a slash command, 3 a message's context-menu command.</summary>
    public int CommandType { get; init; } = 1;

    public string UserId { get; init; } = "600";

    /// <summary>The server it is used in; null in a DM, where Discord sends <c>user</c> and no <c>member</c>.</summary>
    public string? GuildId { get; init; } = "500";

    public string ChannelId { get; init; } = "100";
    public string Permissions { get; init; } = "2147483647";
    public string Locale { get; init; } = "en-US";

    /// <summary>Installed by the member to their account (integration type 1) rather than by the server (0).</summary>
    public bool UserInstalled { get; init; }

    /// <summary>0 a server, 1 the bot's DM, 2 another DM; by default 0 in a server and 2 in a DM of a user install, else 1.</summary>
    public int? Context { get; init; }

    /// <summary>A message command's target, as <see cref="Message"/> builds it.</summary>
    public JsonObject? TargetMessage { get; init; }

    /// <summary>
    /// Discord delivers a command only where its registration offers it (contexts, integration types). Off models a
    /// stale registration or a forged request, to test the bot's own checks.
    /// </summary>
    public bool RequireRegistration { get; init; } = true;

    /// <summary>For a component interaction (type 3): its <c>data</c> (custom_id, component_type, values) and the message it sits on.</summary>
    public JsonObject? ComponentData { get; init; }

    public JsonObject? SourceMessage { get; init; }

    public int EffectiveContext => Context ?? (GuildId is not null ? 0 : UserInstalled ? 2 : 1);

    public static FakeInvocation Slash(string name, JsonArray? options = null) => new(name) { Options = options };

    /// <summary>A message in the channel as Discord resolves it for a message command.</summary>
    public static JsonObject Message(string id, string content, params string[] embedUrls) => new()
    {
        ["id"] = id,
        ["channel_id"] = "100",
        ["content"] = content,
        ["author"] = new JsonObject { ["id"] = "610", ["username"] = "harbour_friend" },
        ["embeds"] = new JsonArray([.. embedUrls.Select(u => (JsonNode)new JsonObject { ["type"] = "link", ["url"] = u })]),
    };
}
