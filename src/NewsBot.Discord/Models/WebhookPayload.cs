using NewsBot.Discord.Models.Components;

namespace NewsBot.Discord.Models;

/// <summary>Execute Webhook body: a message plus the webhook-only fields.</summary>
public sealed record WebhookPayload
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>With <see cref="MessageFlags.IsComponentsV2"/>, the whole message (content and embeds must be absent).</summary>
    public IReadOnlyList<Component>? Components { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }
    public MessageFlags? Flags { get; init; }
    public string? Username { get; init; }
    public string? AvatarUrl { get; init; }

    /// <summary>Creates a forum post with this name when the webhook belongs to a forum channel.</summary>
    public string? ThreadName { get; init; }

    public IReadOnlyList<string>? AppliedTags { get; init; }
}
