namespace NewsBot.Core.Quotes.Entities;

/// <summary>The kind a span most likely names, and how sure the lexicons are of it (0 to 1), for a caller to threshold.</summary>
internal sealed record EntityGuess(EntityKind Kind, double Confidence);
