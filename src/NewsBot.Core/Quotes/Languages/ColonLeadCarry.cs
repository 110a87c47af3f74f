namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Romance papers introduce a speaker with a sentence about them ending in a colon (`El portavoz, Gonzalo Peñafiel, fue muy
/// crítico: «…»`, `Il sindaco non ha dubbi: «…»`, `Le président a tranché : « … »`) and go on in the same voice with no cue:
/// a next paragraph opening with a quote, or a colon lead in the same paragraph that names the speaker again or has no
/// subject of its own (`Dal Zotto ha annunciato un ricorso: «…»`, `E sui prezzi, taglia corto: «…»`). A colon names its
/// speaker as surely as a tail cue does, so such a carried turn is trusted like one
/// (<see cref="AttributionSource.ColonCarriedTurn"/>) instead of being withheld as a weaker lead.
/// </summary>
internal static class ColonLeadCarry
{
    private const int MaxLeadWords = 10;

    /// <summary>The previous paragraph's last quote, which this paragraph's opening quote continues, was introduced by a colon.</summary>
    public static bool Holds(string text, QuotedSegment previous, Attribution previousTurn, string? language) =>
        IsRomance(language)
        && previousTurn is { Source: AttributionSource.Cue, Cue: CueKind.Lead, Kind: CandidateKind.Name or CandidateKind.Description }
        && ColonAt(text, previous.OpenMark) >= 0;

    /// <summary>The quote at <paramref name="openMark"/> has its own colon lead, after <paramref name="from"/>, about the last speaker.</summary>
    public static bool ContinuesInParagraph(string text, int from, int openMark, Attribution previousTurn, string? language)
    {
        var colon = ColonAt(text, openMark);
        if (!IsRomance(language) || previousTurn is not { Source: AttributionSource.Cue, Speaker: { } speaker } || colon <= from)
        {
            return false;
        }

        var start = colon;
        while (start > from && !SentenceBoundaries.IsEnd(text, start - 1, colon))
        {
            start--;
        }

        return SameVoiceLead.Is(text.AsSpan(start, colon - start), speaker, KnownLanguages.Find(language), MaxLeadWords);
    }

    private static bool IsRomance(string? language) => language is "es" or "fr" or "it" or "pt";

    private static int ColonAt(string text, int openMark)
    {
        var i = openMark - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '\u00A0' or '\u202F'))
        {
            i--;
        }

        return i >= 0 && text[i] == ':' ? i : -1;
    }
}
