using System.Globalization;
using System.Net;
using System.Text.Json;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Lenient accessors over JSON-LD nodes, where any property may be a value, an object or an array.</summary>
internal static class JsonLdNodes
{
    /// <summary>Gathers the top-level nodes of a script: the root, array items and @graph members.</summary>
    public static void Collect(JsonElement root, List<JsonElement> into)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        while (pending.Count > 0 && into.Count < ExtractionLimits.MaxJsonLdObjects)
        {
            var value = pending.Pop();
            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray().Reverse())
                {
                    pending.Push(item);
                }
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                into.Add(value);
                if (value.TryGetProperty("@graph", out var graph))
                {
                    pending.Push(graph);
                }
            }
        }
    }

    public static bool HasType(JsonElement node, Func<string, bool> accept)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => accept(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && accept(t.GetString()!)),
            _ => false,
        };
    }

    public static Dictionary<string, JsonElement> IndexById(IEnumerable<JsonElement> nodes)
    {
        var index = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                index.TryAdd(id.GetString()!, node);
            }
        }

        return index;
    }

    /// <summary>A string property, or the first string of an array; blank values count as absent.</summary>
    public static string? String(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault(v => v.ValueKind == JsonValueKind.String);
        }

        return value.ValueKind == JsonValueKind.String ? Text(value.GetString()) : null;
    }

    /// <summary>A long string property as written (entities and markup left for the caller); blank counts as absent.</summary>
    public static string? RawString(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;

    /// <summary>A whole number given as a JSON number or a numeric string.</summary>
    public static int? Integer(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString()?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    public static bool? Boolean(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString()?.Trim(), out var parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>Names of the people or organisations a property refers to, following @id references.</summary>
    public static IReadOnlyList<string> Names(JsonElement node, string property, Dictionary<string, JsonElement> byId)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return [];
        }

        var names = new List<string>();
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Take(20) : [value])
        {
            if (NameOf(Resolve(item, byId)) is { } name && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// Whether every item a property refers to is declared an organisation (Organization, NewsMediaOrganization,
    /// Corporation …): shops and company blogs credit their brand where the page shows the writer.
    /// </summary>
    public static bool AllOrganisations(JsonElement node, string property, Dictionary<string, JsonElement> byId)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return false;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Take(20).ToList() : [value];
        return items.Count > 0 && items.All(item => HasType(Resolve(item, byId), IsOrganisationType));
    }

    /// <summary>An address given as a string, an ImageObject (url or @id), or an array of either.</summary>
    public static string? Url(JsonElement node, string property, Dictionary<string, JsonElement> byId)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault();
        }

        value = Resolve(value, byId);
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => String(value, "url") ?? String(value, "contentUrl"),
            _ => null,
        };
    }

    private static bool IsOrganisationType(string type) =>
        type.EndsWith("Organization", StringComparison.Ordinal) || type is "Corporation" or "Brand" or "LocalBusiness" or "WebSite";

    /// <summary>Trimmed text with HTML entities decoded (publishers often escape JSON-LD as if it were markup).</summary>
    private static string? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : WebUtility.HtmlDecode(value).Trim();

    private static JsonElement Resolve(JsonElement item, Dictionary<string, JsonElement> byId) =>
        item.ValueKind == JsonValueKind.Object && !item.TryGetProperty("name", out _)
            && item.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
            && byId.TryGetValue(id.GetString()!, out var target)
            ? target
            : item;

    private static string? NameOf(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return Text(item.GetString());
        }

        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (String(item, "name") is { } name)
        {
            return name;
        }

        var given = String(item, "givenName");
        var family = String(item, "familyName");
        return given is null && family is null ? null : $"{given} {family}".Trim();
    }
}
