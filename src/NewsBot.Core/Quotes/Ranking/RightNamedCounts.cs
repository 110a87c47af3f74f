using System.Text.Json;

namespace NewsBot.Core.Quotes.Ranking;

/// <summary>The `counts` object of the calibration tables: right and named speakers per key, `[right, named]`.</summary>
internal static class RightNamedCounts
{
    public static Dictionary<string, (int Right, int Named)> Read(JsonElement root) =>
        root.GetProperty("counts").EnumerateObject()
            .ToDictionary(p => p.Name, p => (p.Value[0].GetInt32(), p.Value[1].GetInt32()), StringComparer.Ordinal);

    /// <summary>Keys in ordinal order: the same counts give the same file.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, (int Right, int Named)> counts)
    {
        writer.WriteStartObject("counts");
        foreach (var (key, (right, named)) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            writer.WriteStartArray(key);
            writer.WriteNumberValue(right);
            writer.WriteNumberValue(named);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
