using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// An interaction as Discord sends it, over the gateway or to an HTTP endpoint alike: <c>member</c> in a server,
/// <c>user</c> in a DM, with <c>locale</c>, <c>context</c> and <c>authorizing_integration_owners</c>, and for a message
/// command <c>target_id</c> and <c>resolved.messages</c>. Recorded in the state so callbacks and followups find it.
/// </summary>
internal static class FakeInteractionPayload
{
    /// <summary>Throws when the registered command is not offered where the invocation uses it.</summary>
    public static (FakeInteraction Interaction, JsonObject Data) Create(FakeDiscordState state, FakeDiscordOptions options, FakeInvocation invocation, DateTimeOffset now)
    {
        if (invocation.RequireRegistration && OfferProblem(state, invocation) is { } problem)
            throw new InvalidOperationException(problem);
        var interaction = new FakeInteraction(state.NextId(), "itoken-" + state.NextId(), invocation.InteractionType, invocation.Name, now);
        state.Interactions[interaction.Id] = interaction;
        var user = new JsonObject { ["id"] = invocation.UserId, ["username"] = "riverside_reader" };
        var data = new JsonObject
        {
            ["id"] = interaction.Id,
            ["application_id"] = options.ApplicationId,
            ["type"] = invocation.InteractionType,
            ["token"] = interaction.Token,
            ["channel_id"] = invocation.ChannelId,
            ["app_permissions"] = "2248473465835073",
            ["version"] = 1,
            ["locale"] = invocation.Locale,
            ["context"] = invocation.EffectiveContext,
            ["authorizing_integration_owners"] = invocation.UserInstalled
                ? new JsonObject { ["1"] = invocation.UserId }
                : new JsonObject { ["0"] = invocation.GuildId ?? "0" },
            ["data"] = invocation.ComponentData?.DeepClone() ?? CommandData(invocation),
        };
        if (invocation.SourceMessage is { } source)
            data["message"] = source.DeepClone();
        if (invocation.GuildId is { } guild)
        {
            data["guild_id"] = guild;
            data["guild_locale"] = "en-US";
            data["member"] = new JsonObject { ["user"] = user, ["permissions"] = invocation.Permissions };
        }
        else
        {
            data["user"] = user;
        }
        return (interaction, data);
    }

    private static JsonObject CommandData(FakeInvocation invocation)
    {
        var data = new JsonObject { ["id"] = "700", ["name"] = invocation.Name, ["type"] = invocation.CommandType };
        if (invocation.TargetMessage is { } message)
        {
            var id = message["id"]!.GetValue<string>();
            data["target_id"] = id;
            data["resolved"] = new JsonObject { ["messages"] = new JsonObject { [id] = message.DeepClone() } };
        }
        else
        {
            data["options"] = invocation.Options?.DeepClone() ?? new JsonArray();
        }
        return data;
    }

    /// <summary>Why Discord would not offer this command here: not registered, or its contexts or integration types leave it out.</summary>
    private static string? OfferProblem(FakeDiscordState state, FakeInvocation invocation)
    {
        var command = state.Commands.Values.SelectMany(list => list.OfType<JsonObject>())
            .FirstOrDefault(c => c["name"]?.GetValue<string>() == invocation.Name && (c["type"]?.GetValue<int>() ?? 1) == invocation.CommandType);
        if (command is null)
            return $"“{invocation.Name}” (type {invocation.CommandType}) is not registered";
        var contexts = command["contexts"] is JsonArray c ? c.Select(n => n!.GetValue<int>()).ToList() : [0, 1, 2];
        var installs = command["integration_types"] is JsonArray t ? t.Select(n => n!.GetValue<int>()).ToList() : [0];
        if (!contexts.Contains(invocation.EffectiveContext))
            return $"“{invocation.Name}” is not offered in context {invocation.EffectiveContext}";
        return installs.Contains(invocation.UserInstalled ? 1 : 0) ? null : $"“{invocation.Name}” is not offered to a {(invocation.UserInstalled ? "user" : "server")} installation";
    }
}
