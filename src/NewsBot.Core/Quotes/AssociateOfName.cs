namespace NewsBot.Core.Quotes;

/// <summary>
/// `a friend of Roe said`, `the lawyer of Jane Roe told`: the name after `of` says whose friend speaks, not who speaks.
/// The speaker is the noun before `of`, a description (`the lawyer` may still refer back to a lawyer named before).
/// </summary>
internal static class AssociateOfName
{
    /// <summary>The description before `of` when the phrase right before the verb is `determiner noun… of Name`, else null.</summary>
    public static SpeakerCandidate? Described(string text, List<List<Word>> segments)
    {
        if (segments.Count == 0)
        {
            return null;
        }

        var phrase = PhraseWords.TrimVerbModifiers(segments[^1]);
        var of = phrase.FindLastIndex(w => w.Lower == "of");
        if (of < 2 || of == phrase.Count - 1 || !FunctionWords.IsDeterminer(phrase[0].Text)
            || phrase.Skip(1).Take(of - 1).Any(w => w.IsCapitalized) || !phrase.Skip(of + 1).All(NameLexicon.IsNameWord))
        {
            return null;
        }

        var noun = phrase.GetRange(0, of);
        return NounPhraseReader.Head(text, noun) ?? LeadPhrases.Unnamed(phrase[of - 1]);
    }
}
