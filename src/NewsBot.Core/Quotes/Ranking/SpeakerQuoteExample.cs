namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// One annotated quote for training: the features of each speaker candidate, which candidates name the annotated
/// speaker (none of them: "no speaker" is the right answer), and the quote's weight.
/// </summary>
public sealed record SpeakerQuoteExample(IReadOnlyList<IReadOnlyList<double>> Candidates, IReadOnlyList<bool> Right, double Weight = 1.0);
