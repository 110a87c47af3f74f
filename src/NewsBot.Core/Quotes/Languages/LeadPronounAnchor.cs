namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `In Anlehnung an den Soziologen Otto Brenner fragte er:`: a pronoun after the verb of a sentence that opens with a phrase
/// never stands for a name inside that phrase, so it is resolved as from the sentence's start.
/// </summary>
internal static class LeadPronounAnchor
{
    public static int Of(LanguageKnowledge language, List<Word> sentence, int at, bool opensVerbSecond, int anchor) =>
        opensVerbSecond && at < sentence.Count && language.Pronouns.ContainsKey(sentence[at].Lower) ? Math.Min(anchor, sentence[0].Start) : anchor;
}
