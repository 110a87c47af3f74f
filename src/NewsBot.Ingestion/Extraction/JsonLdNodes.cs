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

    /// <summary>Trimmed text with HTML entities decoded (publishers often escape JSON-LD as if it were markup).</summary>
    internal static string? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : WebUtility.HtmlDecode(value).Trim();
}
