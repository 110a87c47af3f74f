namespace NewsBot.Core.Quotes;

/// <summary>`…, according to the ministry.`: the source named after `according to`, on either side of an English quote.</summary>
internal static class EnglishAccordingTo
{
    public static SpeakerCandidate? Find(string text, List<Word> words)
    {
        var at = words.FindIndex(w => w.Lower == "according");
        return at >= 0 && at + 2 < words.Count && words[at + 1].Lower == "to"
            ? NounPhraseReader.AfterVerb(text, words.GetRange(at + 2, words.Count - at - 2))
            : null;
    }
}
