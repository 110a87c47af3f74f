using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// A command's size as Discord counts it against 8000: the names, descriptions and choice values of the command, its
/// options and choices, each field counted at its longest localisation (the default included).
/// </summary>
internal static class FakeCommandSize
{
    public const int Limit = 8000;

    public static int Of(JsonObject item)
    {
        var size = Longest(item, "name") + Longest(item, "description");
        if (item["value"] is JsonValue value)
            size += value.ToJsonString().Trim('"').Length;
        foreach (var nested in new[] { item["options"], item["choices"] }.OfType<JsonArray>().SelectMany(a => a.OfType<JsonObject>()))
            size += Of(nested);
        return size;
    }

    private static int Longest(JsonObject item, string field)
    {
        var longest = item[field] is JsonValue v && v.TryGetValue<string>(out var text) ? text.Length : 0;
        if (item[field + "_localizations"] is JsonObject localised)
            longest = localised.Select(p => p.Value is JsonValue l && l.TryGetValue<string>(out var t) ? t.Length : 0).Prepend(longest).Max();
        return longest;
    }
}
