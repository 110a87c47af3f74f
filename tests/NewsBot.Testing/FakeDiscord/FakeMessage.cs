using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>A message the fake stored, with the mentions Discord would have computed (tests assert "news never pings").</summary>
public sealed record FakeMessage(string Id, string ChannelId, JsonObject Body, bool MentionEveryone, IReadOnlyList<string> MentionedUsers, IReadOnlyList<string> MentionedRoles)
{
    public string? Content => Body["content"]?.GetValue<string>();

    /// <summary>When it was last edited (Discord's <c>edited_timestamp</c>); null for a message never edited.</summary>
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>The nonce as sent (string or integer); it stays in <see cref="ToJson"/>, as Discord echoes it.</summary>
    public string? Nonce => FakeMessageRules.NonceText(Body["nonce"]);

    /// <summary>The text of every text display (Components V2), in order, one per line; empty for a message without components.</summary>
    public string ComponentText => FakeComponentRules.Text(Body);

    /// <summary>True for a components V2 message holding at least one container (a digest's story).</summary>
    public bool HasContainer => Body["components"] is JsonArray components && components.Any(c => c?["type"]?.GetValue<int>() == 17);

    public JsonObject ToJson()
    {
        var json = (JsonObject)Body.DeepClone();
        json["id"] = Id;
        json["channel_id"] = ChannelId;
        json["edited_timestamp"] = EditedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", System.Globalization.CultureInfo.InvariantCulture);
        json["mention_everyone"] = MentionEveryone;
        json["mentions"] = new JsonArray([.. MentionedUsers.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["username"] = "user" + id })]);
        json["mention_roles"] = new JsonArray([.. MentionedRoles.Select(id => (JsonNode)JsonValue.Create(id))]);
        json.Remove("allowed_mentions");
        json.Remove("enforce_nonce");
        return json;
    }
}
