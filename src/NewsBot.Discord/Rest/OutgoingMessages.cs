using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>Every message leaves through here: limits checked, and mentions never ping.</summary>
internal static class OutgoingMessages
{
    public static MessagePayload Prepare(MessagePayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        MessageLimits.ThrowIfInvalid(message.Content, message.Embeds);
        return message with { AllowedMentions = AllowedMentions.None };
    }

    public static WebhookPayload Prepare(WebhookPayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        MessageLimits.ThrowIfInvalid(message.Content, message.Embeds);
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
        MessageLimits.ThrowIfInvalid(data.Content, data.Embeds);
        return response with { Data = data with { AllowedMentions = AllowedMentions.None } };
    }
}
