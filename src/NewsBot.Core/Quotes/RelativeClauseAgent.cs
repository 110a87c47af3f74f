namespace NewsBot.Core.Quotes;

/// <summary>
/// `Pell was asked by host Omar Redgrave, who has covered the council for years, “…”`: a relative clause after a passive
/// verb's agent puts the quote past the usual reach of the verb; the agent still asked.
/// </summary>
internal static class RelativeClauseAgent
{
    private const int MaxAgentWords = 6;
    private const int MaxClauseWords = 30;

    public static SpeakerCandidate? Find(string text, List<Word> lead, int verb, int quoteStart)
    {
        if (verb < 0 || verb + 2 >= lead.Count || lead[verb + 1].Lower != "by" || !LeadPhrases.IsPassive(lead, verb)
            || !text.AsSpan(lead[^1].End, quoteStart - lead[^1].End).Contains(','))
        {
            return null;
        }

        for (var who = verb + 3; who <= Math.Min(verb + 2 + MaxAgentWords, lead.Count - 2); who++)
        {
            if (lead[who].Lower is "who" or "whose" && text.AsSpan(lead[who - 1].End, lead[who].Start - lead[who - 1].End).Contains(','))
            {
                return lead.Count - who <= MaxClauseWords ? EnglishPassiveAgent.Find(text, lead.GetRange(0, who), verb) : null;
            }
        }

        return null;
    }
}
