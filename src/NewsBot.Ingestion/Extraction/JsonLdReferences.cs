using System.Text.Json;

namespace NewsBot.Ingestion.Extraction;

/// <summary>JSON-LD properties that refer to other nodes (people, organisations, images), followed through @id references.</summary>
internal static class JsonLdReferences
{
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
        return items.Count > 0 && items.All(item => JsonLdNodes.HasType(Resolve(item, byId), IsOrganisationType));
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
            JsonValueKind.Object => JsonLdNodes.String(value, "url") ?? JsonLdNodes.String(value, "contentUrl"),
            _ => null,
        };
    }

    private static bool IsOrganisationType(string type) =>
        type.EndsWith("Organization", StringComparison.Ordinal) || type is "Corporation" or "Brand" or "LocalBusiness" or "WebSite";

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
            return JsonLdNodes.Text(item.GetString());
        }

        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (JsonLdNodes.String(item, "name") is { } name)
        {
            return name;
        }

        var given = JsonLdNodes.String(item, "givenName");
        var family = JsonLdNodes.String(item, "familyName");
        return given is null && family is null ? null : $"{given} {family}".Trim();
    }
}
