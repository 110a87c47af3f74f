using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>MESSAGE_COMPONENT interactions: a member using a select menu the bot sent.</summary>
public sealed partial class FakeGateway
{
    /// <summary>
    /// A member picks <paramref name="values"/> in the select menu <paramref name="customId"/> of <paramref name="message"/>:
    /// Discord sends this only for a menu that message holds and only with values it offers, so anything else throws.
    /// </summary>
    public Task<FakeInteraction> SelectAsync(FakeMessage message, string customId, string permissions, string userId = "600", params string[] values)
    {
        ArgumentNullException.ThrowIfNull(message);
        var select = (message.Body["components"] is JsonArray components ? FakeComponentRules.All(components) : [])
            .FirstOrDefault(c => c["type"]?.GetValue<int>() == 3 && c["custom_id"]?.GetValue<string>() == customId)
            ?? throw new InvalidOperationException($"The message holds no select menu “{customId}”.");
        if (!FakeSelectRules.Accepts(select, values))
            throw new InvalidOperationException($"The select menu “{customId}” does not offer [{string.Join(", ", values)}].");
        var data = new JsonObject
        {
            ["custom_id"] = customId,
            ["component_type"] = 3,
            ["values"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]),
        };
        return SendInteractionAsync(new FakeInvocation(customId)
        {
            InteractionType = 3,
            ComponentData = data,
            SourceMessage = message.ToJson(),
            Permissions = permissions,
            UserId = userId,
            RequireRegistration = false,
        });
    }
}
