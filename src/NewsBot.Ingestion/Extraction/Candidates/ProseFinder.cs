using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace NewsBot.Ingestion.Extraction.Candidates;

/// <summary>
/// Walks a JSON tree for the longest prose: a single long string that reads like sentences, or an array of content
/// elements (<c>[{"type": "text", "content": "…"}, …]</c>, rich-text block lists) whose texts, in order, do.
/// </summary>
internal static class ProseFinder
{
    private const int MinimumChars = 200;
    private const int MaxVisits = 200_000;
    private const int ElementDepth = 4;

    private static readonly HashSet<string> TextKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "text", "content", "html", "value", "body", "children", "paragraph", "plaintext", "markup",
    };

    public static string? Longest(JsonElement root)
    {
        var best = "";
        var visits = 0;
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        while (pending.Count > 0 && visits++ < MaxVisits)
        {
            var value = pending.Pop();
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject())
                    {
                        pending.Push(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    Keep(ref best, JoinElements(value));
                    foreach (var item in value.EnumerateArray())
                    {
                        pending.Push(item);
                    }

                    break;
                // Only strings that could win are read out: page state holds thousands of short ones.
                case JsonValueKind.String when JsonMarshal.GetRawUtf8Value(value).Length > Math.Max(best.Length, MinimumChars - 1):
                    Keep(ref best, value.GetString());
                    break;
            }
        }

        return best.Length == 0 ? null : best;
    }

    private static void Keep(ref string best, string? text)
    {
        if (text is not null && text.Length > best.Length && text.Length >= MinimumChars && ReadsLikeProse(text))
        {
            best = text;
        }
    }

    /// <summary>An array of content elements as one text, each element a block; null when the items hold no text.</summary>
    private static string? JoinElements(JsonElement array)
    {
        var joined = new StringBuilder();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var start = joined.Length;
            AppendText(item, joined, 0);
            if (joined.Length > start)
            {
                joined.Append('\n');
            }
        }

        return joined.Length == 0 ? null : joined.ToString();
    }

    private static void AppendText(JsonElement value, StringBuilder into, int depth)
    {
        if (depth > ElementDepth || value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in value.EnumerateObject().Where(p => TextKeys.Contains(p.Name)))
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                into.Append(property.Value.GetString()).Append(' ');
            }
            else if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in property.Value.EnumerateArray())
                {
                    AppendText(child, into, depth + 1);
                }
            }
            else
            {
                AppendText(property.Value, into, depth + 1);
            }
        }
    }

    /// <summary>Sentences of words, not a URL list, base64 or minified code.</summary>
    private static bool ReadsLikeProse(string text)
    {
        if (text.TrimStart() is ['{' or '[', ..])
        {
            return false;
        }

        var sample = text.Length > 4_000 ? text[..4_000] : text;
        int spaces = 0, letters = 0, stops = 0, code = 0;
        foreach (var c in sample)
        {
            spaces += c == ' ' ? 1 : 0;
            letters += char.IsLetter(c) ? 1 : 0;
            stops += c is '.' or '!' or '?' or '。' ? 1 : 0;
            code += c is '{' or '}' ? 1 : 0;
        }

        return spaces >= sample.Length / 12 && letters >= sample.Length / 2 && stops >= 2 && code < sample.Length / 100;
    }
}
