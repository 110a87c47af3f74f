using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>Every message leaves through here: limits checked, and mentions never ping.</summary>
internal static class MessageGuard
{
    /// <summary>For Create Message, the one endpoint that accepts <c>nonce</c> and <c>enforce_nonce</c>.</summary>
    public static MessagePayload Prepare(MessagePayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var violations = MessageLimits.Check(message.Content, message.Embeds)
            .Concat(ComponentLimits.Check(message.Flags, message.Content, message.Embeds, message.Components))
            .Concat(MessageLimits.CheckNonce(message.Nonce, message.EnforceNonce))
            .ToList();
        if (violations.Count > 0)
            throw new MessageLimitException(violations);
        return message with { AllowedMentions = AllowedMentions.None };
    }

    /// <summary>
    /// For edits, followups and forum posts: their parameters have no nonce, so a payload built for Create Message
    /// (the same message routed to a forum, say) is sent without one instead of carrying fields Discord does not define there.
    /// </summary>
    public static MessagePayload PrepareWithoutNonce(MessagePayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Prepare(message with { Nonce = null, EnforceNonce = null });
    }

    public static WebhookPayload Prepare(WebhookPayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ThrowIfInvalid(message.Flags, message.Content, message.Embeds, message.Components);
        return message with { AllowedMentions = AllowedMentions.None };
    }

    public static InteractionResponse Prepare(InteractionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Data is not { } data)
            return response;
        if (data.Choices is { Count: > MessageLimits.AutocompleteChoices })
            throw new MessageLimitException([$"choices: {data.Choices.Count} choices, at most {MessageLimits.AutocompleteChoices}"]);
        if (response.Type == InteractionCallbackType.ApplicationCommandAutocompleteResult)
            return response;
        // The flag goes on the edit that answers a deferred reply: a defer may only say whether it is ephemeral.
        if (response.Type == InteractionCallbackType.DeferredChannelMessageWithSource && data.Flags is { } flags && flags.HasFlag(MessageFlags.IsComponentsV2))
            throw new MessageLimitException(["flags: IS_COMPONENTS_V2 belongs on the edit that answers a deferred reply, not on the defer"]);
        ThrowIfInvalid(data.Flags, data.Content, data.Embeds, data.Components);
        return response with { Data = data with { AllowedMentions = AllowedMentions.None } };
    }

    private static void ThrowIfInvalid(MessageFlags? flags, string? content, IReadOnlyList<Embed>? embeds, IReadOnlyList<Models.Components.Component>? components)
    {
        var violations = MessageLimits.Check(content, embeds).Concat(ComponentLimits.Check(flags, content, embeds, components)).ToList();
        if (violations.Count > 0)
            throw new MessageLimitException(violations);
    }
}
