namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Romance papers introduce a speaker with a sentence about them ending in a colon (`El portavoz, Gonzalo Peñafiel, fue muy
/// crítico: «…»`, `Il sindaco non ha dubbi: «…»`, `Le président a tranché : « … »`) and let the next paragraph, opening with a
/// quote, go on in the same voice with no cue. A colon lead names its speaker as surely as a tail cue does, so such a carried
/// turn is trusted like one (<see cref="AttributionSource.ColonParagraphTurn"/>) instead of being withheld as a weaker lead.
/// </summary>
internal static class ColonLeadCarry
{
    public static bool Holds(string text, QuotedSegment previous, Attribution previousTurn, string? language) =>
        language is "es" or "fr" or "it" or "pt"
        && previousTurn is { Source: AttributionSource.Cue, Cue: CueKind.Lead, Kind: CandidateKind.Name or CandidateKind.Description }
        && ColonBefore(text, previous.OpenMark);

    private static bool ColonBefore(string text, int openMark)
    {
        var i = openMark - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '\u00A0' or '\u202F'))
        {
            i--;
        }

        return i >= 0 && text[i] == ':';
    }
}
