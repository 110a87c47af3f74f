namespace NewsBot.Core.Quotes;

/// <summary>Speakers that a lead before a quote names outside the usual `X said`: a participle's own subject, a headline's subject.</summary>
internal static class LeadPhrases
{
    /// <summary>`with Trump reportedly yelling`, `footage of Olsen saying`: the name right before the participle.</summary>
    public static SpeakerCandidate? OwnSubject(string text, List<Word> lead, int participle)
    {
        var before = participle - 1;
        while (before >= 0 && CueWords.IsAdverb(lead[before]))
        {
            before--;
        }

        var start = before;
        while (start > 0 && NameLexicon.IsNameWord(lead[start - 1]))
        {
            start--;
        }

        var absolute = before >= 0 && start > 0 && start <= before && NameLexicon.IsNameWord(lead[before]) && lead[start - 1].Lower is "with" or "of";
        return absolute ? NounPhraseReader.Head(text, lead.GetRange(start, before - start + 1)) : null;
    }

    /// <summary>`was asked`, `had been told`: the subject heard the words rather than said them.</summary>
    public static bool IsPassive(List<Word> lead, int verb)
    {
        var before = verb - 1;
        while (before >= 0 && CueWords.IsAdverb(lead[before]))
        {
            before--;
        }

        return before >= 0 && lead[before].Lower is "was" or "were" or "is" or "are" or "been" or "being" or "be" && lead[verb].Lower.EndsWith("ed", StringComparison.Ordinal)
            || (before >= 0 && lead[before].Lower is "was" or "were" or "been" && lead[verb].Lower == "told");
    }

    /// <summary>A speaker the text leaves unnamed: the quote is attributed (no turn carries into it), to no one.</summary>
    public static SpeakerCandidate Unnamed(Word at) => new(CandidateKind.Description, ["someone"], at.Start, "someone");

    /// <summary>`Holm on the ferry: “…”`: a headline gives the speaker first, then the topic.</summary>
    public static SpeakerCandidate? TopicalSpeaker(string text, List<Word> lead)
    {
        var on = lead.FindIndex(w => w.Lower == "on");
        return on > 0 && lead.Take(on).All(NameLexicon.IsNameWord)
            && NounPhraseReader.Head(text, lead.GetRange(0, on)) is { Kind: CandidateKind.Name } topical ? topical : null;
    }
}
