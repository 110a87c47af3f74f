namespace NewsBot.Core.Quotes;

/// <summary>
/// `Skelly called Braynard “a real smart guy …”`: the words a named person called someone or something are that person's
/// (not a pronoun's: `He calls the work “a trust”` would hand its weaker turn on to the next paragraph's quote). `called` stays no reporting verb elsewhere: `a group called “…”` names a thing, `was called` is passive, and a
/// headline's `Calls Remarks ‘Troubling’` is a label, not a quote.
/// </summary>
internal static class CalledObjectLead
{
    private const int MaxObjectWords = 6;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.()—–");

    public static SpeakerCandidate? Find(string text, List<Word> lead, int quoteStart)
    {
        var called = lead.FindLastIndex(w => w.Text is "called" or "calls");
        var objectWords = lead.Count - 1 - called;
        if (called < 1 || objectWords is < 1 or > MaxObjectWords || LeadPhrases.IsPassive(lead, called)
            || text.AsSpan(lead[called].End, quoteStart - lead[called].End).IndexOfAny(ClauseBreaks) >= 0)
        {
            return null;
        }

        for (var i = called + 1; i < lead.Count; i++)
        {
            if (CueWords.IsVerb(lead[i]) || lead[i].Lower is "for" or "on" or "up" or "back" or "off" or "in")
            {
                // `called for …`, `called on X to …`: the quote is the demand or the plea, read as the cue finder reads it.
                return null;
            }
        }

        return NounPhraseReader.BeforeVerb(text, lead.GetRange(0, called)) is { Kind: CandidateKind.Name } subject ? subject : null;
    }
}
