namespace NewsBot.Core.Quotes.Ranking;

/// <summary>What the ranker knows about the quote itself, the same for all its candidates.</summary>
internal readonly record struct QuoteFacts(bool English, int Words, bool FirstParagraph, bool OpensParagraph, int Candidates);
