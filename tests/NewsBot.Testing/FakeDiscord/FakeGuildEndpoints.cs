using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>GET guild, GET member and GET /users/@me: what a bot needs to compute its own permissions.</summary>
internal sealed class FakeGuildEndpoints(FakeDiscordState state, FakeDiscordOptions options)
{
    public FakeReply GetGuild(FakeCall call)
    {
        var guild = state.Guild;
        if (call.Parameters[0] != guild.Id)
            return UnknownGuild();
        var roles = guild.Roles.OrderBy(r => r.Value.Position).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => (JsonNode)new JsonObject
        {
            ["id"] = r.Key,
            ["name"] = r.Value.Name,
            ["permissions"] = r.Value.Permissions.ToString(CultureInfo.InvariantCulture),
            ["position"] = r.Value.Position,
        });
        return FakeReply.Json(200, new JsonObject { ["id"] = guild.Id, ["name"] = guild.Name, ["owner_id"] = guild.OwnerId, ["roles"] = new JsonArray([.. roles]) });
    }

    public FakeReply GetMember(FakeCall call)
    {
        if (call.Parameters[0] != state.Guild.Id)
            return UnknownGuild();
        var userId = call.Parameters[1];
        if (!state.Guild.Members.TryGetValue(userId, out var roles))
            return FakeReply.Error(404, 10007, "Unknown Member");
        var user = userId == options.BotUserId ? CurrentUserJson() : new JsonObject { ["id"] = userId, ["username"] = "member" + userId };
        return FakeReply.Json(200, new JsonObject
        {
            ["user"] = user,
            ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)JsonValue.Create(r))]),
            ["joined_at"] = "2026-01-05T09:00:00.000000+00:00",
        });
    }

    public FakeReply GetCurrentUser(FakeCall call) => FakeReply.Json(200, CurrentUserJson());

    private JsonObject CurrentUserJson() => new() { ["id"] = options.BotUserId, ["username"] = "harbour-wire", ["bot"] = true };

    private static FakeReply UnknownGuild() => FakeReply.Error(404, 10004, "Unknown Guild");
}
