using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `She recalled her father saying: “…”`, `The daily quoted an unnamed banker as saying: “…”`: a verb of remembering,
/// hearing or quoting takes the one who spoke as its object, and the participle after that object introduces the
/// words. The speaker is the object, not the sentence's subject who passes the words on; an unnamed object names nobody.
/// </summary>
internal static class RecalledSpeaker
{
    private const int MaxObjectWords = 6;

    private static readonly FrozenSet<string> RelayVerbs = new[]
    {
        "quoted", "quotes", "quoting", "recalled", "recalls", "recalling", "remembered", "remembers", "remembering",
        "heard", "hears", "overheard", "cited", "cites", "citing", "recollected", "recollects",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The object between a relay verb and the participle at <paramref name="participle"/>; null where none stands there.</summary>
    public static SpeakerCandidate? Find(string text, List<Word> lead, int participle)
    {
        if (participle == 0 || lead[participle].Lower is "adding" or "continuing" || ClauseEndsBefore(text, lead, participle))
        {
            return null;
        }

        var end = lead[participle - 1].Lower == "as" ? participle - 1 : participle;
        for (var verb = end - 1; verb >= 0 && end - verb - 1 <= MaxObjectWords; verb--)
        {
            if (RelayVerbs.Contains(lead[verb].Lower))
            {
                return verb + 1 < end ? NounPhraseReader.AfterVerb(text, lead.GetRange(verb + 1, end - verb - 1)) : null;
            }

            if (text.AsSpan(lead[verb].End, lead[verb + 1].Start - lead[verb].End).IndexOfAny(".;:") >= 0)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// `Brightwater said the trust had heard the complaints, adding: …`: a comma before the participle closes a clause,
    /// unless it closes a name set off after its description (`her grandmother, Nora, telling her`).
    /// </summary>
    private static bool ClauseEndsBefore(string text, List<Word> lead, int participle) =>
        text.AsSpan(lead[participle - 1].End, lead[participle].Start - lead[participle - 1].End).Contains(',') && !lead[participle - 1].IsCapitalized;
}
