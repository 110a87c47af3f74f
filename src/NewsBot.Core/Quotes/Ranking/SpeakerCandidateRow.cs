namespace NewsBot.Core.Quotes.Ranking;

/// <summary>A speaker candidate of one quoted segment as the ranker sees it, for training and diagnostics.</summary>
/// <param name="Segment">The quote's index in the article.</param>
/// <param name="QuoteText">The quoted text, to match against annotations.</param>
/// <param name="Speaker">The candidate's name.</param>
/// <param name="Features">The candidate's features, in <see cref="SpeakerModel.FeatureNames"/> order.</param>
/// <param name="IsRuleChoice">Whether the rules chose this speaker.</param>
public sealed record SpeakerCandidateRow(int Segment, string QuoteText, string Speaker, IReadOnlyList<double> Features, bool IsRuleChoice);
