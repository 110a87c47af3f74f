using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>What Discord checks in a message body: lengths, embed limits and total, allowed_mentions and flags.</summary>
internal static class FakeMessageRules
{
    private static readonly string[] MentionTypes = ["users", "roles", "everyone"];

    public static void Check(FormErrors errors, JsonObject body, int allowedFlags, string prefix = "")
    {
        errors.MaxLength(prefix + "content", body["content"], 2000);
        if (body["embeds"] is JsonArray embeds)
            CheckEmbeds(errors, embeds, prefix + "embeds");
        if (body["allowed_mentions"] is JsonObject mentions)
            CheckMentions(errors, mentions, prefix + "allowed_mentions");
        FakeComponentRules.Check(errors, body, prefix);
        if (body["flags"] is JsonValue flags && flags.TryGetValue<int>(out var value) && (value & ~allowedFlags) != 0)
            errors.Add(prefix + "flags", "MESSAGE_FLAGS_INVALID", $"Flags {value} cannot be set here.");
    }

    /// <summary>Create Message only: nonce is a string of at most 25 characters or an integer; enforce_nonce a boolean.</summary>
    public static void CheckNonce(FormErrors errors, JsonObject body)
    {
        if (body["nonce"] is { } nonce && NonceText(nonce) is null)
            errors.Add("nonce", "NONCE_TYPE_INVALID", "Nonce must be a string or an integer.");
        errors.MaxLength("nonce", body["nonce"], 25, trim: false);
        if (body["enforce_nonce"] is { } enforce && enforce.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            errors.Add("enforce_nonce", "BASE_TYPE_BOOLEAN", "Must be either true or false.");
    }

    /// <summary>A nonce as text, so "42" and 42 are one nonce; null when absent or neither a string nor an integer.</summary>
    public static string? NonceText(JsonNode? nonce) => nonce switch
    {
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    public static bool EnforcesNonce(JsonObject body) => body["enforce_nonce"]?.GetValueKind() == JsonValueKind.True;

    public static bool IsEmpty(JsonObject body) =>
        string.IsNullOrEmpty(body["content"]?.GetValue<string>()) && body["embeds"] is not JsonArray { Count: > 0 }
        && body["components"] is not JsonArray { Count: > 0 };

    private static void CheckEmbeds(FormErrors errors, JsonArray embeds, string path)
    {
        if (embeds.Count > 10)
            errors.Add(path, "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            if (embeds[i] is not JsonObject embed)
                continue;
            var at = $"{path}.{i}";
            total += Length(embed["title"]) + Length(embed["description"]) + Length(embed["footer"]?["text"]) + Length(embed["author"]?["name"]);
            errors.MaxLength($"{at}.title", embed["title"], 256);
            errors.MaxLength($"{at}.description", embed["description"], 4096);
            errors.MaxLength($"{at}.url", embed["url"], 2048);
            errors.MaxLength($"{at}.footer.text", embed["footer"]?["text"], 2048);
            errors.MaxLength($"{at}.author.name", embed["author"]?["name"], 256);
            if (embed["url"] is JsonValue url && !IsEmbedUrl(url.GetValue<string>()))
                errors.Add($"{at}.url", "URL_TYPE_INVALID_URL", "Not a well formed URL.");
            if (embed["fields"] is not JsonArray fields)
                continue;
            if (fields.Count > 25)
                errors.Add($"{at}.fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            for (var f = 0; f < fields.Count; f++)
            {
                var name = fields[f]?["name"];
                var value = fields[f]?["value"];
                if (Length(name) == 0)
                    errors.Add($"{at}.fields.{f}.name", "BASE_TYPE_REQUIRED", "This field is required");
                if (Length(value) == 0)
                    errors.Add($"{at}.fields.{f}.value", "BASE_TYPE_REQUIRED", "This field is required");
                errors.MaxLength($"{at}.fields.{f}.name", name, 256);
                errors.MaxLength($"{at}.fields.{f}.value", value, 1024);
                total += Length(name) + Length(value);
            }
        }
        if (total > 6000)
            errors.Add(path, "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
    }

    private static void CheckMentions(FormErrors errors, JsonObject mentions, string path)
    {
        var parse = mentions["parse"] is JsonArray list ? list.Select(p => p?.GetValue<string>() ?? "").ToList() : [];
        foreach (var kind in parse.Where(p => !MentionTypes.Contains(p)))
            errors.Add($"{path}.parse", "ENUM_TYPE_COERCE", $"Value \"{kind}\" is not a valid enum value.");
        foreach (var (explicitList, kind) in new[] { ("users", "users"), ("roles", "roles") })
        {
            if (mentions[explicitList] is not JsonArray ids)
                continue;
            if (parse.Contains(kind))
                errors.Add(path, "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", $"parse:[\"{kind}\"] is mutually exclusive with {explicitList}");
            if (ids.Count > 100)
                errors.Add($"{path}.{explicitList}", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
        }
    }

    private static bool IsEmbedUrl(string url) =>
        url.StartsWith("attachment://", StringComparison.Ordinal)
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    private static int Length(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim().Length : 0;
}
