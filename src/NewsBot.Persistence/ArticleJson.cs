using System.Text.Json;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>Quotes and key sentences are stored as JSON text: they are read whole, never queried by field.</summary>
internal static class ArticleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(IReadOnlyList<T> values) => JsonSerializer.Serialize(values, Options);

    public static IReadOnlyList<T> Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}
