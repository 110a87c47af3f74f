using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Engine.Stories;

namespace NewsBot.Cli.Verbs;

/// <summary>An invented digest written by hand (samples/digest/*.json), to preview how NewsBot lays a digest out.</summary>
internal sealed record DigestSample
{
    public string Topic { get; init; } = "News";
    public string Window { get; init; } = "";
    public string? Color { get; init; }

    /// <summary>The moment the preview pretends it is, for relative times.</summary>
    public DateTimeOffset Now { get; init; }

    public IReadOnlyList<SampleStory> Stories { get; init; } = [];

    /// <exception cref="JsonException">Not a digest sample.</exception>
    public static DigestSample Read(string json) => JsonSerializer.Deserialize(json, DigestSampleJsonContext.Default.DigestSample) ?? throw new JsonException("empty sample");

    public IReadOnlyList<CoveredStory> Covered() => [.. Stories.Select(s => s.Covered())];
}

/// <summary>Samples in web JSON (camelCase), read by generated code (NativeAOT).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DigestSample))]
internal sealed partial class DigestSampleJsonContext : JsonSerializerContext;
