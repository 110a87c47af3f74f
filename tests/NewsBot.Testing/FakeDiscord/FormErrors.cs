using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>Builds Discord's nested 50035 error tree: errors.embeds.0.description._errors[{code,message}].</summary>
internal sealed class FormErrors
{
    public JsonObject Root { get; } = [];
    public bool Any => Root.Count > 0;

    public void Add(string path, string code, string message)
    {
        var node = Root;
        foreach (var part in path.Split('.'))
        {
            if (node[part] is not JsonObject child)
                node[part] = child = [];
            node = child;
        }
        if (node["_errors"] is not JsonArray list)
            node["_errors"] = list = [];
        list.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }

    /// <summary>Discord counts message text after trimming; identifiers such as a nonce count as sent.</summary>
    public void MaxLength(string path, JsonNode? value, int limit, bool trim = true)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var text) && (trim ? text.Trim() : text).Length > limit)
            Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {limit} or fewer in length.");
    }
}
