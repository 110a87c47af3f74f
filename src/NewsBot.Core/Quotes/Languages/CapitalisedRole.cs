namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The role before a name where nouns are capitalised (German): only the noun phrase right before the name, its
/// capitalised nouns, their adjectives and genitive links (`stellvertretende Vorsitzende des Aufsichtsrats`). The clause
/// around it is no role (`so CEO`, `ergebe für Funke-Manager`, `muss ich Herrn`), nor is a phrase holding no role noun
/// (`Gesellschaft modellierte`, `Donald Trump bis`, `Zitat Dr`).
/// </summary>
internal static class CapitalisedRole
{
    private static readonly HashSet<string> GenitiveLinks = ["des", "der", "von", "vom"];

    /// <summary>The first word of the role among <paramref name="from"/>..<paramref name="at"/>, or -1 when those words hold no role.</summary>
    public static int Start(IReadOnlyList<Word> words, int from, int at, LanguageKnowledge language)
    {
        var end = at;
        while (end > from && EntityKnowledge.IsHonorific(words[end - 1].Text, language.Code))
        {
            end--;
        }

        var start = end;
        while (start > from && InNounPhrase(words, start - 1, end, language))
        {
            start--;
        }

        while (start < end && !words[start].IsCapitalized && !IsAdjective(words[start].Lower, language))
        {
            start++;
        }

        var holdsRole = false;
        for (var k = start; k < end && !holdsRole; k++)
        {
            holdsRole = words[k].IsCapitalized && !EntityKnowledge.IsHonorific(words[k].Text, language.Code) && IsRoleNoun(words[k].Text, language.Code);
        }

        return holdsRole && end == at ? start : -1;
    }

    /// <summary>
    /// `Geschäftsführer`, `Readly-CEO`, `NABU-Bundesgeschäftsführer`: a role word, or a compound whose last part is one; else
    /// a noun with an ending that makes people (`Linguist`, `Philosoph`, `Soziologin`), not things (`Thema`, `Zitat`, `Gesellschaft`).
    /// </summary>
    public static bool IsRoleNoun(string word, string language) =>
        EntityKnowledge.IsRoleWord(word, language)
        || (word.LastIndexOf('-') is var hyphen and > 0 && hyphen < word.Length - 1 && EntityKnowledge.IsRoleWord(word[(hyphen + 1)..], language))
        || PersonEndings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// `der Mann`, `die Frau`, `der Torwart`: the German nouns for people that neither the role lexicon nor a person ending
    /// (`-er`, `-ist`, `-in`) tells apart from things.
    /// </summary>
    public static bool IsPersonWord(string word) =>
        PersonWords.Contains(word) || PersonWordSpans.Contains(AfterHyphen(word)) || PersonHeads.Any(h => word.Length > h.Length + 2 && word.EndsWith(h, StringComparison.Ordinal))
        || PersonWordEndings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal));

    /// <summary>`AfD-Mann` → `Mann`, `Ex-Freundin` → `Freundin`: the capitalised head of a hyphenated compound, or the word itself.</summary>
    private static ReadOnlySpan<char> AfterHyphen(string word) =>
        word.LastIndexOf('-') is var hyphen and > 0 && hyphen < word.Length - 1 ? word.AsSpan(hyphen + 1) : word;

    private static readonly HashSet<string> PersonWords =
    [
        "Mann", "Frau", "Kind", "Sohn", "Junge", "Mädchen", "Mensch", "Gast", "Star", "Profi", "Coach", "Torwart", "Chef", "Boss",
        "Freund", "Freundin", "Witwe", "Brite", "Britin", "Franzose", "Französin", "Russe", "Russin", "Chinese", "Chinesin", "Türke",
        "Türkin", "Pole", "Polin", "Held", "Heldin", "Fan", "Kollege", "Kollegin", "Nachbar", "Nachbarin", "Israeli",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonWordSpans = PersonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last part of a compound that makes it a person (`Geschäftsmann`, `Weltstar`, `Ex-Profi`, `Staatsoberhaupt`).</summary>
    private static readonly string[] PersonHeads = ["mann", "frau", "star", "profi", "chef", "boss", "kind", "held", "heldin", "oberhaupt", "kollege", "kollegin", "freund", "freundin"];

    /// <summary>`Diplomat`, `Pilot`, `Athlet`, `Flüchtling`, `Kandidatin`: endings of people the role endings below leave out.</summary>
    private static readonly string[] PersonWordEndings = ["at", "atin", "ot", "otin", "et", "etin", "ling", "om", "omin", "ge", "gin", "arch"];

    private static readonly string[] PersonEndings =
        ["ist", "istin", "oph", "ophin", "loge", "login", "or", "orin", "ent", "entin", "ant", "antin", "eur", "eurin", "ier", "ierin", "er", "erin"];

    private static bool InNounPhrase(IReadOnlyList<Word> words, int k, int end, LanguageKnowledge language)
    {
        var word = words[k];
        return word.IsCapitalized || IsAdjective(word.Lower, language)
            || (GenitiveLinks.Contains(word.Lower) && k + 1 < end && (words[k + 1].IsCapitalized || IsAdjective(words[k + 1].Lower, language)));
    }

    /// <summary>`neue`, `stellvertretenden`, `ehemaliger`: an inflected adjective, the only lower-case word a German role holds.</summary>
    private static bool IsAdjective(string lower, LanguageKnowledge language) =>
        lower.Length > 3 && (lower.EndsWith('e') || lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("er", StringComparison.Ordinal)
            || lower.EndsWith("es", StringComparison.Ordinal) || lower.EndsWith("em", StringComparison.Ordinal))
        && !language.Verbs.Contains(lower) && !language.StopWords.Contains(lower) && !language.Determiners.Contains(lower)
        && !language.Prepositions.Contains(lower) && !language.Conjunctions.Contains(lower) && !language.Subordinators.Contains(lower)
        && !language.Pronouns.ContainsKey(lower);
}
