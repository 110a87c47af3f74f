using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Evaluation;

/// <summary>One annotated quote's ranker example with what cross-validation and the miss report need around it.</summary>
/// <param name="Corpus">`polnear`, `news` or `invented`.</param>
/// <param name="Article">The article's running number over all files read, for folds by article.</param>
/// <param name="GoldNamed">The annotation names the speaker (what right / wrong / none are counted over).</param>
/// <param name="RuleChose">The first candidate is the rules' choice.</param>
/// <param name="Place">Where the gold speaker's name stands in the text when no candidate names it (<see cref="SpeakerNamePlace"/>).</param>
internal sealed record SpeakerFoldExample(string Corpus, int Article, SpeakerQuoteExample Example, bool GoldNamed, bool RuleChose, string Place);
