using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.FakeDiscord;

/// <summary>
/// What Discord checks in a message's <c>components</c>, written from its component reference (not from our client):
/// with IS_COMPONENTS_V2 (1 &lt;&lt; 15) no content, embeds, poll or stickers; at most 40 components counting nested ones;
/// 4,000 characters of text display; where each type may sit (top level, in a container, in a section or a row);
/// 1 to 5 buttons a row, 1 to 3 texts a section, a section's accessory a thumbnail or a button; button labels of 80,
/// link buttons with a URL of at most 512 and no custom_id; a string select alone in its row (<see cref="FakeSelectRules"/>); accent colours within RGB; ids unique. Errors are 50035
/// with Discord's nested field paths; the codes of the component checks are our best reading where the docs name none.
/// </summary>
internal static class FakeComponentRules
{
    public const int ComponentsV2 = 1 << 15;
    private static readonly int[] TopLevel = [1, 9, 10, 12, 13, 14, 17];
    private static readonly int[] InContainer = [1, 9, 10, 12, 13, 14];

    public static bool IsV2(JsonObject body) =>
        body["flags"] is JsonValue flags && flags.TryGetValue<int>(out var value) && (value & ComponentsV2) != 0;

    public static void Check(FormErrors errors, JsonObject body, string prefix)
    {
        var v2 = IsV2(body);
        if (v2)
        {
            foreach (var legacy in new[] { "content", "embeds", "poll", "stickers", "sticker_ids" }.Where(f => IsSet(body[f])))
                errors.Add(prefix + legacy, "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2", $"The '{legacy}' field cannot be used when using MessageFlags.IS_COMPONENTS_V2");
        }
        if (body["components"] is not JsonArray components)
            return;
        var path = prefix + "components";
        if (!v2 && components.Count > 5)
            errors.Add(path, "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
        var all = All(components).ToList();
        if (all.Count > 40)
            errors.Add(path, "BASE_TYPE_MAX_LENGTH", "Must be 40 or fewer in length.");
        var text = all.Where(c => Type(c) == 10).Sum(c => c["content"] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Length : 0);
        if (text > 4000)
            errors.Add(path, "COMPONENT_MAX_TOTAL_TEXT_LENGTH_EXCEEDED", "The total length of text in components must be 4000 or fewer.");
        if (all.Select(c => c["id"]).OfType<JsonValue>().Select(v => v.ToJsonString()).GroupBy(id => id).Any(g => g.Count() > 1))
            errors.Add(path, "COMPONENT_CUSTOM_ID_DUPLICATED", "Component ids must be unique within the message.");
        for (var i = 0; i < components.Count; i++)
            CheckAt(errors, components[i], $"{path}.{i}", v2 ? TopLevel : [1]);
    }

    /// <summary>Every component object, nested ones included (row items, section texts and accessory, container children).</summary>
    public static IEnumerable<JsonObject> All(JsonArray components)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            yield return component;
            if (component["components"] is JsonArray children)
            {
                foreach (var child in All(children))
                    yield return child;
            }
            if (component["accessory"] is JsonObject accessory)
                yield return accessory;
        }
    }

    /// <summary>The text a reader sees in text displays, for mentions.</summary>
    public static string Text(JsonObject body) => body["components"] is JsonArray components
        ? string.Join("\n", All(components).Where(c => Type(c) == 10).Select(c => c["content"]?.GetValue<string>() ?? ""))
        : "";

    private static void CheckAt(FormErrors errors, JsonNode? node, string path, int[] allowed)
    {
        if (node is not JsonObject component || !allowed.Contains(Type(component)))
        {
            errors.Add($"{path}.type", "UNION_TYPE_CHOICES", $"Value of field \"type\" must be one of ({string.Join(", ", allowed)}).");
            return;
        }
        switch (Type(component))
        {
            case 1 when component["components"] is JsonArray row && row.Any(c => c?["type"]?.GetValue<int>() == 3):
                // A select menu fills its row alone.
                Children(errors, component, path, [3], 1, 1);
                break;
            case 1:
                Children(errors, component, path, [2], 1, 5);
                break;
            case 3:
                FakeSelectRules.Check(errors, component, path);
                break;
            case 2:
                FakeButtonRules.Check(errors, component, path);
                break;
            case 9:
                Children(errors, component, path, [10], 1, 3);
                if (component["accessory"] is not JsonObject accessory)
                    errors.Add($"{path}.accessory", "BASE_TYPE_REQUIRED", "This field is required");
                else
                    CheckAt(errors, accessory, $"{path}.accessory", [2, 11]);
                break;
            case 10:
                if (component["content"] is not JsonValue content || !content.TryGetValue<string>(out var text) || text.Length == 0)
                    errors.Add($"{path}.content", "BASE_TYPE_REQUIRED", "This field is required");
                break;
            case 11:
                FakeButtonRules.CheckMedia(errors, component, path);
                break;
            case 14:
                if (component["spacing"] is JsonValue spacing && (!spacing.TryGetValue<int>(out var size) || size is not (1 or 2)))
                    errors.Add($"{path}.spacing", "BASE_TYPE_CHOICES", "Value must be one of {1, 2}.");
                break;
            case 17:
                if (component["accent_color"] is JsonValue color && (!color.TryGetValue<long>(out var rgb) || rgb is < 0 or > 0xFFFFFF))
                    errors.Add($"{path}.accent_color", "NUMBER_TYPE_MAX", "int value should be less than or equal to 16777215.");
                Children(errors, component, path, InContainer, 1, 40);
                break;
        }
    }

    private static void Children(FormErrors errors, JsonObject component, string path, int[] allowed, int min, int max)
    {
        if (component["components"] is not JsonArray children || children.Count < min || children.Count > max)
        {
            errors.Add($"{path}.components", "BASE_TYPE_BAD_LENGTH", $"Must be between {min} and {max} in length.");
            return;
        }
        for (var i = 0; i < children.Count; i++)
            CheckAt(errors, children[i], $"{path}.components.{i}", allowed);
    }

    private static bool IsSet(JsonNode? field) => field switch
    {
        null => false,
        JsonArray list => list.Count > 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Length > 0,
        JsonValue value => value.GetValueKind() != JsonValueKind.Null,
        _ => true,
    };

    private static int Type(JsonObject component) =>
        component["type"] is JsonValue v && v.TryGetValue<int>(out var type) ? type : -1;
}
