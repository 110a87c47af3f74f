namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Where a name stands in its clause, which decides what a later pronoun may refer to: as the clause's subject, in an
/// apposition, inside a complement (`director del Instituto`), or as the object of a subject named before it.
/// </summary>
internal sealed class MentionClausePosition(string text, LanguageKnowledge language)
{
    private const int MaxOtherWordsBeforeClauseSubject = 1;

    /// <summary>Where <paramref name="word"/> stands in <paramref name="words"/>, which are in text order.</summary>
    public static int IndexOf(List<Word> words, Word word) => words.BinarySearch(word, Comparer<Word>.Create((a, b) => a.Start.CompareTo(b.Start)));

    /// <summary>
    /// The name stands where its clause's subject does: a few words at most after the sentence or clause starts
    /// (`Mas Serginho não quer`), not inside a subordinate clause (`… es que Vladimir Putin ha adquirido`).
    /// </summary>
    public bool OpensClause(List<Word> words, int at, List<PersonMention>? people)
    {
        if (at > 0 && language.Verbs.Contains(words[at - 1].Lower))
        {
            // `comme le raconte Antoine`, `disse Wallace`: the subject after its inverted verb.
            return true;
        }

        if (ViewpointHolder.Is(text, words, at, language))
        {
            return true;
        }

        if (ItalianInvertedSubject.Is(text, words, at, language) || VerbFirstSubject.Is(text, words, at, language) || CleftSubject.Is(text, words, at, language))
        {
            // `In serata è intervenuto anche il premier, Lucio Varrone.`, `Al sitio llegó el coronel José Galindo`: the subject
            // after an intransitive compound tense or a preterite, or a cleft (`A chiudere è stato il sindaco, Paolo Neri`), also when an
            // apposition's comma stands before it.
            return true;
        }

        if (at > 0 && IsApposition(words, at))
        {
            return false;
        }

        if (PassiveAgent.Is(words, at, language))
        {
            // `fue abordado ayer por el presidente Julio Pardo`: the agent of a passive is who acted, the clause's logical subject.
            return true;
        }

        if (ExistentialSubject.Is(words, at))
        {
            // `Tra i migranti c'è Amadou Diallo`: the one a presenting verb brings in.
            return true;
        }

        if (IsVerbSecondSubject(words, at))
        {
            // `Auf den ersten Metern lief Thorwirth an seine Bestzeit heran.`: German's subject after any finite verb.
            return true;
        }

        if (IsObjectOfNamedSubject(words, at, people))
        {
            return false;
        }

        // Articles, prepositions, roles and capitalised words before the name belong to its noun phrase (`Il ministro della Salute
        // Roberto Rossi`); other words mean the clause began earlier, with another subject.
        var others = 0;
        for (var k = at; k > 0; k--)
        {
            if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(NameSurroundings.ClauseBreaks) >= 0)
            {
                return true;
            }

            others += IsPartOfNounPhrase(words[k - 1]) ? 0 : 1;
            if (others > MaxOtherWordsBeforeClauseSubject)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The name stands right after the finite verb of a sentence that opens with a prepositional phrase (<see cref="VerbSecondLead"/>):
    /// the subject of a verb-second sentence, whatever its verb.
    /// </summary>
    private bool IsVerbSecondSubject(List<Word> words, int at)
    {
        if (language.VerbSecondOpeners.Count == 0)
        {
            return false;
        }

        var start = at;
        while (start > 0 && !IsSentenceBreak(text.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End)))
        {
            start--;
        }

        return at - start >= 2 && VerbSecondLead.SubjectStart(text, words.GetRange(start, Math.Min(words.Count, at + 2) - start), language) == at - start;
    }

    /// <summary>A full stop, question or exclamation mark or line break between two words; not the dot inside `1.500`.</summary>
    private static bool IsSentenceBreak(ReadOnlySpan<char> gap) => gap.Contains('\n') || (gap.IndexOfAny(".!?") >= 0 && gap.ContainsAny(" \u00A0"));

    /// <summary>An auxiliary (`a`, `ha`, `è`) or a reporting verb: what a clause's subject is followed by, not a complement.</summary>
    private bool IsFiniteVerbStart(string lower) =>
        language.Verbs.Contains(lower) || (language.VerbCompanions.Contains(lower) && !language.Determiners.Contains(lower) && !language.Pronouns.ContainsKey(lower));

    private bool IsPartOfNounPhrase(Word word) =>
        word.IsCapitalized || language.Determiners.Contains(word.Lower) || language.Prepositions.Contains(word.Lower)
        || EntityKnowledge.IsRoleWord(word.Text, language.Code);

    /// <summary>`su par paraguaya, Sandra Quiñónez, con quien …`: a name between commas after a noun stands beside it, not as a subject.</summary>
    private bool IsApposition(List<Word> words, int at)
    {
        if (text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Trim() is not ",")
        {
            return false;
        }

        var last = at;
        while (last + 1 < words.Count && words[last + 1].IsCapitalized && text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).IsWhiteSpace())
        {
            last++;
        }

        var after = last + 1 < words.Count ? text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).Trim() : ".";
        if (after is "," && last + 1 < words.Count && (IsFiniteVerbStart(words[last + 1].Lower) || OpeningRoleApposition.Is(text, words, at, language)
            || FrontedAdverbial.Before(text, words, at, language)))
        {
            // `Le ministre, Paul Girard, a salué …`, `Il sindaco, Carlo Neri, ha detto`: the description and its name are the verb's subject.
            return false;
        }

        return !words[at - 1].IsCapitalized && after.Length > 0 && after[0] is ',' or '.' or ';' or ')';
    }

    /// <summary>`director del Instituto`, `a petición de Bukele`: a name after a preposition is no one's subject (`por` and `par` introduce agents, which are).</summary>
    public bool IsComplement(List<Word> words, Word first)
    {
        var at = IndexOf(words, first);
        if (ViewpointHolder.Is(text, words, at, language))
        {
            // `Na avaliação da economista Débora Lima, …`: the `da` ties the holder to the frame, not to a noun of the clause.
            return false;
        }

        var before = PrepositionBefore(words, at);
        return language.Prepositions.Contains(before) && before is not ("por" or "par" or "per" or "pelo" or "pela")
            && text.AsSpan(words[at - 1].End, first.Start - words[at - 1].End).IsWhiteSpace();
    }

    /// <summary>The word before the name at <paramref name="at"/>, or before its article (`de las Américas`, `à la Stampa`).</summary>
    public string PrepositionBefore(List<Word> words, int at)
    {
        var before = at > 0 ? words[at - 1].Lower : string.Empty;
        return at > 1 && language.Determiners.Contains(before) ? words[at - 2].Lower : before;
    }

    /// <summary>
    /// `Villegas recibió al embajador Pablo Herrera`, `Villegas a reçu l'ambassadeur Paul Herrera`, `Villani ha ricevuto
    /// l'ambasciatore Paolo Ferraris`, `Vilela recebeu o embaixador Paulo Herrera`: after a person named as the clause's subject
    /// and one verb (its auxiliaries aside), a name is that verb's object. It is no subject a later pronoun or dropped subject
    /// continues, but a participant who competes with the subject (`“…”, indicó.` could be either). German capitalises every
    /// noun and reads its word order apart (<see cref="VerbSecondLead"/>), so it is left out.
    /// </summary>
    public bool IsObjectOfNamedSubject(List<Word> words, int at, List<PersonMention>? people)
    {
        if (language.CapitalisesNouns || people is not { Count: > 0 })
        {
            return false;
        }

        var verb = -1;
        var k = at;
        for (; k > 0 && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(NameSurroundings.ClauseBreaks) < 0; k--)
        {
            var word = words[k - 1];
            if (IsPartOfNounPhrase(word) || (language.VerbCompanions.Contains(word.Lower) && !language.Determiners.Contains(word.Lower)))
            {
                continue;
            }

            if (verb >= 0 || language.And.Contains(word.Lower) || language.Conjunctions.Contains(word.Lower) || language.Pronouns.ContainsKey(word.Lower))
            {
                // A second word outside the noun phrases (`también`, `que`), or `y`/`et`: not one verb between a subject and its object.
                return false;
            }

            verb = k - 1;
        }

        var clauseStart = words[k].Start;
        return verb >= 0 && people.Any(p => p.OpensClause && p.Start >= clauseStart && p.Start < words[verb].Start);
    }
}
