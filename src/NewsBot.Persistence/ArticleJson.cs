using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Core.Storage;

namespace NewsBot.Persistence;

/// <summary>Quotes and key sentences are stored as JSON text: they are read whole, never queried by field.</summary>
internal static class ArticleJson
{
    // The context's types only (generated code: NativeAOT); any other T throws rather than falling back to reflection.
    public static string Write<T>(IReadOnlyList<T> values) => JsonSerializer.Serialize(values, typeof(IReadOnlyList<T>), ArticleJsonContext.Default);

    public static IReadOnlyList<T> Read<T>(string json) => JsonSerializer.Deserialize(json, typeof(List<T>), ArticleJsonContext.Default) as List<T> ?? [];
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<StoredQuote>))]
[JsonSerializable(typeof(List<StoredQuote>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
