namespace NewsBot.Core.Quotes;

/// <summary>How a quote got its speaker: its own cue, or a turn carried over from another quote.</summary>
internal enum AttributionSource
{
    None,
    Cue,
    Label,
    CarriedQuote,
    SameParagraphTurn,

    /// <summary>A Romance colon lead's speaker going on, in the next paragraph or after a colon lead about them (<see cref="Languages.ColonLeadCarry"/>).</summary>
    ColonCarriedTurn,
    NextParagraphTurn,

    /// <summary>A paragraph that is only a quote, after a paragraph about the speaker last quoted (<see cref="QuoteOnlyParagraph"/>).</summary>
    QuoteParagraphTurn,
    ResumedTurn,
    IndirectTurn,

    /// <summary>Not the rules' choice: a name near the quote the speaker ranker found likelier.</summary>
    Ranked,
}
