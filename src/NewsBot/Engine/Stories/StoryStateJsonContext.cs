using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Engine.Stories;

/// <summary>The story memory's state in web JSON (camelCase), by generated code (NativeAOT).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StoryState))]
internal sealed partial class StoryStateJsonContext : JsonSerializerContext;
