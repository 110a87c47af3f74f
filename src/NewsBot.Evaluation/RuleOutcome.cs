using NewsBot.Core.Quotes.Calibration;

namespace NewsBot.Evaluation;

/// <summary>One scored quote of an annotated article: the rules' choice (null when they named nobody) with its hand-set confidence.</summary>
internal sealed record RuleOutcome(string Corpus, int Article, string Language, RuleChoice? Choice, double Confidence);
