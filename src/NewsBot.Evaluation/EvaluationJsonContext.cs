using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>The corpora's JSON lines (default names, as the shared scorers write them), by generated code (NativeAOT).</summary>
[JsonSerializable(typeof(GoldArticle))]
[JsonSerializable(typeof(NewsGoldArticle))]
[JsonSerializable(typeof(NewsAddition))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;
