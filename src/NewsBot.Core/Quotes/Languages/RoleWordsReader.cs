namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Reads the role words the text writes around a person's name: before it (`el fiscal general colombiano Francisco Barbosa`),
/// in an apposition after it (`Francisco Barbosa, fiscal general de Colombia,`) or in a description before a comma
/// (`El fiscal general de Colombia, Francisco Barbosa,`).
/// </summary>
internal sealed class RoleWordsReader(string text, LanguageKnowledge language)
{
    private const int MaxRoleWords = 8;

    /// <summary>The role words around the name at <paramref name="at"/>..<paramref name="end"/>, and the gender of the article opening them.</summary>
    public HashSet<string> Read(IReadOnlyList<Word> words, int at, int end, out Gender article)
    {
        var roleWords = new HashSet<string>(StringComparer.Ordinal);
        // `el fiscal general colombiano Francisco Barbosa`: the role words right before the name, up to a verb or a preposition.
        var start = at;
        while (start > 0 && at - start < MaxRoleWords && !Breaks(words[start - 1].End, words[start].Start)
            && !language.Verbs.Contains(words[start - 1].Lower))
        {
            if (IsContent(words[start - 1].Lower, language))
            {
                start--;
            }
            else if (RoleOfBody.Before(words, start, language) is var body and >= 0)
            {
                // `El ministro de Economía Carlos Méndez`, `le ministre de l'Intérieur Gérard Vautrin`: the office and the body it heads.
                start = body;
            }
            else
            {
                break;
            }
        }

        AddContent(roleWords, words, start, at);
        article = start < at && start > 0 ? language.GenderedDeterminers.GetValueOrDefault(words[start - 1].Lower) : Gender.Unknown;
        var apposition = ClauseEnd(words, end);
        if (end < words.Count && Gap(words[end - 1].End, words[end].Start) is "," && IsNounPhrase(words, end, apposition))
        {
            // `Francisco Barbosa, fiscal general de Colombia,`
            AddContent(roleWords, words, end, apposition);
        }

        var closed = end >= words.Count || Gap(words[end - 1].End, words[end].Start) is [',' or '.' or ';' or ')', ..];
        if (at > 0 && start == at && closed && Gap(words[at - 1].End, words[at].Start) is ",")
        {
            // `El fiscal general de Colombia, Francisco Barbosa,`: a description before the comma, opened by an article, the name closed
            // by another (not `Conforme a irmã da vítima, Luana estava …`).
            var before = at - 1;
            while (before > 0 && at - before < MaxRoleWords && !Breaks(words[before - 1].End, words[before].Start))
            {
                before--;
            }

            // `Lo ha dichiarato il ministro delle Infrastrutture, Corrado Bellandi,`: the article that opens a noun phrase running
            // to the comma, not the first one of the sentence (`Lo` there is a pronoun before a verb).
            while (before < at - 1 && !(OpensWithArticle(words[before]) && IsNounPhrase(words, before, at - 1)))
            {
                before++;
            }

            if (OpensWithArticle(words[before]) && IsNounPhrase(words, before, at - 1))
            {
                AddContent(roleWords, words, before, at);
            }
        }

        OfficeSynonyms.AddOffice(roleWords);
        return roleWords;
    }


    /// <summary>An apposition names a role, it does not go on with the sentence (`Osiris Luna, respondió …`).</summary>
    private bool IsNounPhrase(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to && i < words.Count; i++)
        {
            if (language.Verbs.Contains(words[i].Lower) || language.VerbCompanions.Contains(words[i].Lower) || words[i].Lower is "que" or "dass" or "che" or "qui")
            {
                return false;
            }
        }

        return true;
    }

    private void AddContent(HashSet<string> roleWords, IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to && i < words.Count; i++)
        {
            if (IsContent(words[i].Lower, language) && !language.Verbs.Contains(words[i].Lower))
            {
                roleWords.Add(words[i].Lower);
            }

            if (ElidedArticle.Noun(words[i].Lower) is { } noun && IsContent(noun, language))
            {
                // `L’entraîneur Jean Lefort`, `l’assessore Marco Rinaldi`: the role is the noun after the elided article.
                roleWords.Add(noun);
            }
        }
    }

    /// <summary>
    /// An article, or a noun with its elided article (`L’assessore ai Lavori pubblici, Paolo Conti,`), opens the description; in
    /// French and Portuguese so does a possessive (`Son président, Olivier Garnier,`, `Seu presidente, Luiz Scherer,`): the
    /// role of the body the sentence before named.
    /// </summary>
    private bool OpensWithArticle(Word word) => language.Determiners.Contains(word.Lower) || ElidedArticle.Noun(word.Lower) is not null
        || OpensPossessiveRole(word.Lower, language);

    /// <summary>A possessive that opens a role description in French or Portuguese (`Son président, X,`, `Seu presidente, X,`).</summary>
    public static bool OpensPossessiveRole(string lower, LanguageKnowledge language) =>
        PossessiveRoleLanguages.Contains(language.Code) && language.Possessives.Contains(lower);

    private static readonly System.Collections.Frozen.FrozenSet<string> PossessiveRoleLanguages = LanguageKnowledge.Set("fr", "pt");

    /// <summary>A word that can carry a role: not an article, preposition, indefinite, stop word or pronoun.</summary>
    public static bool IsContent(string lower, LanguageKnowledge language) =>
        (lower.Length > 2 || OfficeSynonyms.IsAbbreviation(lower)) && !language.Determiners.Contains(lower) && !language.Prepositions.Contains(lower)
        && !language.Indefinites.Contains(lower) && !language.StopWords.Contains(lower) && !language.Pronouns.ContainsKey(lower);

    private int ClauseEnd(IReadOnlyList<Word> words, int at)
    {
        var end = at + 1;
        while (end < words.Count && end - at < MaxRoleWords && !Breaks(words[end - 1].End, words[end].Start))
        {
            end++;
        }

        return end;
    }

    private string Gap(int from, int to) => text[from..to].Trim();

    private bool Breaks(int from, int to) => text.AsSpan(from, to - from).IndexOfAny(RoleBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> RoleBreaks = System.Buffers.SearchValues.Create(",;:()—–.!?\"“”«»„");
}
