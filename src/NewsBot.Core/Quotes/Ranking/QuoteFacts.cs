namespace NewsBot.Core.Quotes.Ranking;

/// <summary>What the ranker knows about the quote itself, the same for all its candidates.</summary>
/// <param name="Language">The article's language code (null: English is assumed).</param>
/// <param name="UnnamedByCue">A cue says who spoke and names no one (`said a spokesman`).</param>
internal readonly record struct QuoteFacts(bool English, int Words, bool FirstParagraph, bool OpensParagraph, int Candidates, string? Language = null, bool UnnamedByCue = false);
