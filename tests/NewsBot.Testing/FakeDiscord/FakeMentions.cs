using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// Who a message would ping: mentions in the content filtered by allowed_mentions, or by the context's default when it is
/// absent (everything for channel messages; only users for webhooks and interactions).
/// </summary>
internal static partial class FakeMentions
{
    public static (bool Everyone, IReadOnlyList<string> Users, IReadOnlyList<string> Roles) Compute(JsonObject body, bool usersOnlyByDefault)
    {
        // Text displays mention as content does.
        var content = (body["content"]?.GetValue<string>() ?? "") + "\n" + FakeComponentRules.Text(body);
        IReadOnlyList<string> allowed = body["allowed_mentions"] is JsonObject mentions
            ? mentions["parse"] is JsonArray parse ? [.. parse.Select(p => p!.GetValue<string>())] : []
            : usersOnlyByDefault ? ["users"] : ["users", "roles", "everyone"];
        var explicitUsers = Ids(body["allowed_mentions"]?["users"]);
        var explicitRoles = Ids(body["allowed_mentions"]?["roles"]);
        var users = UserMention().Matches(content).Select(m => m.Groups[1].Value)
            .Where(id => allowed.Contains("users") || explicitUsers.Contains(id)).Distinct().ToList();
        var roles = RoleMention().Matches(content).Select(m => m.Groups[1].Value)
            .Where(id => allowed.Contains("roles") || explicitRoles.Contains(id)).Distinct().ToList();
        var everyone = allowed.Contains("everyone") && (content.Contains("@everyone", StringComparison.Ordinal) || content.Contains("@here", StringComparison.Ordinal));
        return (everyone, users, roles);
    }

    private static HashSet<string> Ids(JsonNode? node) =>
        node is JsonArray list ? [.. list.Select(n => n!.GetValue<string>())] : [];

    [GeneratedRegex("<@!?([0-9]+)>")]
    private static partial Regex UserMention();

    [GeneratedRegex("<@&([0-9]+)>")]
    private static partial Regex RoleMention();
}
