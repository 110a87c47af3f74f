namespace NewsBot.Core.Quotes;

/// <summary>
/// Names a phrase addresses rather than names as its subject: `speaking to Harbour News`, `a message to Brandt`,
/// `an interview with journalist Tomas Rilke`. The person or outlet after such a preposition heard the words; whoever
/// the sentence is about said them.
/// </summary>
internal static class AddressedNames
{
    private static readonly HashSet<string> AddresseePrepositions = ["to", "with", "at", "on", "about", "against", "toward", "towards", "into"];

    private const int MaxWordsBetweenPrepositionAndName = 4;

    /// <summary>
    /// The index of the preposition that governs the name run starting at <paramref name="nameStart"/> (`to` in `to the
    /// Dutch newspaper Vlaggeblad`), or -1 when no such preposition stands before it or a role noun owns it (`adviser to X`).
    /// </summary>
    public static int PrepositionBefore(IReadOnlyList<Word> words, int nameStart)
    {
        var i = nameStart - 1;
        while (i >= 0 && nameStart - i <= MaxWordsBetweenPrepositionAndName && (!words[i].IsCapitalized || IsDemonym(words[i]))
            && !AddresseePrepositions.Contains(words[i].Lower) && (FunctionWords.IsDeterminer(words[i].Text) || PhraseWords.IsRoleWord(words[i])))
        {
            i--;
        }

        var governs = i >= 0 && !words[i].IsCapitalized && AddresseePrepositions.Contains(words[i].Lower);
        var ownedByRole = i > 0 && (RoleLexicon.IsRoleNoun(words[i - 1].Text) || RoleLexicon.IsOrganisationNoun(words[i - 1].Text));
        return governs && !ownedByRole ? i : -1;
    }

    /// <summary>The preposition before the name that ends <paramref name="phrase"/> (verb modifiers aside), or -1.</summary>
    public static int AtEnd(List<Word> phrase)
    {
        var trimmed = PhraseWords.TrimVerbModifiers(phrase);
        var start = trimmed.Count;
        while (start > 0 && NameLexicon.IsNameWord(trimmed[start - 1]))
        {
            start--;
        }

        // `one drawback to working with Smith and York:`: the preposition governs every name of a coordination.
        while (start >= 2 && trimmed[start - 1].Lower is "and" or "or" && NameLexicon.IsNameWord(trimmed[start - 2]))
        {
            start--;
            while (start > 0 && NameLexicon.IsNameWord(trimmed[start - 1]))
            {
                start--;
            }
        }

        return start < trimmed.Count ? PrepositionBefore(trimmed, start) : -1;
    }

    /// <summary>`Another source speaking to Harbour News` → `Another source`: the phrase before the addressed name and its verb.</summary>
    public static List<Word> Before(List<Word> phrase, int preposition)
    {
        var end = preposition;
        while (end > 0 && !phrase[end - 1].IsCapitalized && IsVerbForm(phrase[end - 1].Lower))
        {
            end--;
        }

        return phrase.GetRange(0, end);
    }

    /// <summary>`the Dutch newspaper`: a nationality inside the phrase that leads to the name.</summary>
    private static bool IsDemonym(Word word) => Entities.EntityLexicon.Shared.IsDemonym(word.Text);

    private static bool IsVerbForm(string lower) =>
        lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal) || ReportingVerbs.IsReportingVerb(lower);
}
