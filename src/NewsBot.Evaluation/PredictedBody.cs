using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

/// <summary>One page of a predictions file; serialised as {"articleBody": …, "pageType": …} (the scorers read only the text).</summary>
public sealed record PredictedBody(
    string ArticleBody,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PageType = null);
