namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Jana Korff, Vorständin bei Firma X, schlägt vor, dass …: „…“`: a German lead sentence that runs from its speaker's name
/// to a colon right before the quote, with no sentence end and no one else named on the way, belongs to that speaker however
/// long its apposition and `dass`-clause make it, so the name's distance from the quote says nothing against it.
/// </summary>
internal static class GermanColonLeadSubject
{
    public static bool Holds(string text, QuotedSegment segment, SpeakerCandidate candidate, string speaker, NameIndex names)
    {
        if (candidate is not { Cue: CueKind.Lead, Kind: CandidateKind.Name } || candidate.Position >= segment.OpenMark)
        {
            return false;
        }

        var colon = segment.OpenMark - 1;
        while (colon > candidate.Position && text[colon] == ' ')
        {
            colon--;
        }

        return text[colon] == ':' && !SentenceEndsBetween(text, candidate.Position, colon)
            && !names.SomeoneElseNamed(candidate.Position, colon, speaker, "de", anywhereInSentence: true);
    }

    /// <summary>A line break, `!`, `?` or a full stop before a capital (abbreviations count too: abstaining is the safe side).</summary>
    private static bool SentenceEndsBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is '\n' or '!' or '?'
                || (text[i] == '.' && i + 2 < end && text[i + 1] == ' ' && char.IsUpper(text[i + 2])))
            {
                return true;
            }
        }

        return false;
    }
}
