using System.Globalization;
using System.Text;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// JSON-LD whose strings hold raw line breaks or tabs (a description pasted as typed, a forum post's body), which JSON
/// forbids and a strict parser rejects whole: escaped, the script's dates and authors read again.
/// </summary>
internal static class JsonLdControlCharacters
{
    /// <summary>The text with control characters inside strings escaped; null when it has none to escape.</summary>
    public static string? Escape(string json)
    {
        StringBuilder? escaped = null;
        var (inString, afterBackslash) = (false, false);
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString && char.IsControl(c))
            {
                escaped ??= new StringBuilder(json, 0, i, json.Length + 16);
                escaped.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                });
                afterBackslash = false;
                continue;
            }

            escaped?.Append(c);
            (inString, afterBackslash) = afterBackslash ? (inString, false)
                : c == '\\' && inString ? (true, true)
                : c == '"' ? (!inString, false)
                : (inString, false);
        }

        return escaped?.ToString();
    }
}
