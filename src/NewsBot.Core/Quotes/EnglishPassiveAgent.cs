namespace NewsBot.Core.Quotes;

/// <summary>
/// A passive reporting verb in English hands the quote to its agent, not to its subject (the subject heard the words); shared
/// by the cues before and after a quote, which both meet `was asked` / `was told`.
/// </summary>
internal static class EnglishPassiveAgent
{
    /// <summary>`Sand was asked by host Bill Marr, “…”`: the agent speaks; `Sand was asked, “…”`: someone unnamed did.</summary>
    public static SpeakerCandidate Find(string text, List<Word> words, int verb)
    {
        var by = words.FindIndex(verb + 1, w => w.Lower == "by");
        return (by > 0 ? NounPhraseReader.AfterVerb(text, words.GetRange(by + 1, words.Count - by - 1)) : null) ?? LeadPhrases.Unnamed(words[verb]);
    }
}
