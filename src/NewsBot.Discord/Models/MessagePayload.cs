using NewsBot.Discord.Models.Components;

namespace NewsBot.Discord.Models;

/// <summary>The body of a message NewsBot sends (channel message, webhook, interaction reply, followup or edit).</summary>
public sealed record MessagePayload
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>With <see cref="MessageFlags.IsComponentsV2"/>, the whole message (content and embeds must be absent).</summary>
    public IReadOnlyList<Component>? Components { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }
    public MessageFlags? Flags { get; init; }

    /// <summary>At most 25 characters; with <see cref="EnforceNonce"/>, Discord returns the earlier message instead of posting a second one.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }
}
