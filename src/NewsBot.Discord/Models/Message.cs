using System.Text.Json.Serialization;
using NewsBot.Discord.Models.Components;

namespace NewsBot.Discord.Models;

public sealed record Message
{
    public string Id { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>With <see cref="MessageFlags.IsComponentsV2"/>, the whole message (content and embeds must be absent).</summary>
    public IReadOnlyList<Component>? Components { get; init; }

    public MessageFlags? Flags { get; init; }
    public bool MentionEveryone { get; init; }
    public IReadOnlyList<User>? Mentions { get; init; }
    public IReadOnlyList<string>? MentionRoles { get; init; }
    public string? WebhookId { get; init; }

    /// <summary>When the message was last edited; null if never (Discord's <c>edited_timestamp</c>).</summary>
    public DateTimeOffset? EditedTimestamp { get; init; }

    /// <summary>The nonce it was created with, echoed only in the Create Message reply (and the gateway event).</summary>
    [JsonConverter(typeof(NonceJsonConverter))]
    public string? Nonce { get; init; }
}
