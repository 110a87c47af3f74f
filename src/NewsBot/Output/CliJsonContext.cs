using System.Text.Json.Serialization;
using NewsBot.Evaluation;
using NewsBot.Ingestion.Discovery;

namespace NewsBot.Output;

/// <summary>Every type the CLI prints as JSON (through <see cref="JsonOutput.Options"/>), serialized by generated code.</summary>
[JsonSerializable(typeof(DiscoveryResult))]
[JsonSerializable(typeof(DigestJson))]
[JsonSerializable(typeof(ArticleQuotesJson))]
[JsonSerializable(typeof(ExtractedArticleJson))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, PredictedBody>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
