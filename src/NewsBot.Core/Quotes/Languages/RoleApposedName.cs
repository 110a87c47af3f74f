namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Runs the name lexicon cannot place, made persons by a role written beside them: apposed after a comma (`Geannina Dinarte,
/// ministra de la Presidencia`, `la ministra del Interior, Izkia Siches`) or a person noun right before (`el presidente Nayib Bukele`).
/// </summary>
internal sealed class RoleApposedName(string text, LanguageKnowledge language)
{
    private readonly NameSurroundings _surroundings = new(text, language);
    private readonly NameWordKinds _kinds = new(text, language);

    /// <summary>
    /// The name of a run with a role apposed to it (<see cref="FollowedByRoleApposition"/>, <see cref="PrecededByRoleApposition"/>),
    /// after the ordinary word that opens the sentence (`Tuttavia Geannina Trelles, ministra …`); null when there is none.
    /// </summary>
    public List<Word>? ApposedToRole(IReadOnlyList<Word> run)
    {
        var from = run.Count > 2 && _surroundings.OpensSentence(run[0].Start) && EntityKnowledge.IsCommonWord(run[0].Text, language.Code) ? 1 : 0;
        var name = run.Skip(from).ToList();
        var apposed = name.Count is 2 or 3 && (FollowedByRoleApposition(name[^1]) || PrecededByRoleApposition(name[0]));
        return apposed && !_kinds.IsLeadingRoleOrCommon(name[0]) && (from > 0 || !_surroundings.PrecededByArticle(name[0].Start))
            && !name.Any(w => NameWordKinds.IsBodyWord(w.Text) || EntityKnowledge.IsCommonWord(w.Text, language.Code))
            ? name
            : null;
    }

    /// <summary>
    /// `, ministra de …`, `, la portavoz …`, `, porte-parole de …`: a lower-case person noun, after at most an article, apposed
    /// to the name. Languages that write roles in lower case only (`RoleApposition`); German capitalises every noun.
    /// </summary>
    private bool FollowedByRoleApposition(Word last)
    {
        if (!RoleApposition.Applies(language.Code) || !text.AsSpan(last.End).StartsWith(", "))
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text, last.End + 2, Math.Min(text.Length, last.End + 40));
        var noun = words.Count > 1 && language.Determiners.Contains(words[0].Text) ? 1 : 0;
        return noun < words.Count && !words[noun].IsCapitalized && language.IsPersonNoun(words[noun].Lower);
    }

    /// <summary>
    /// `la ministra del Interior, Izkia Siches`, `le porte-parole du parquet, Maëlyss Trobrand`: an article and a lower-case
    /// person noun, then at most a few words of complement, then a comma right before the name.
    /// </summary>
    private bool PrecededByRoleApposition(Word first)
    {
        var from = Math.Max(0, first.Start - 60);
        if (!RoleApposition.Applies(language.Code) || first.Start < 2 || text[(first.Start - 2)..first.Start] != ", ")
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(text, from, first.Start - 2);
        for (var i = words.Count - 2; i >= 0 && words.Count - i <= 7; i--)
        {
            if (text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).IndexOfAny(NameSurroundings.ClauseBreaks) >= 0)
            {
                return false;
            }

            // `O ministro da Integração, X,` opens its sentence with a capital; `Son président, X,` with a possessive.
            if ((language.Determiners.Contains(words[i].Lower) || RoleWordsReader.OpensPossessiveRole(words[i].Lower, language))
                && !words[i + 1].IsCapitalized && language.IsPersonNoun(words[i + 1].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// `el presidente Nayib Bukele`, `le président Nayib Bukele`, `il presidente Nayib Bukele`, `o presidente Nayib Bukele`: two or
    /// three capitalised words right after a lower-case person noun name the person who holds it, even where the lexicon knows
    /// neither word; else a later `agregó el presidente` or `dijo` goes to whoever spoke before. Not a body (`el técnico del
    /// Real Madrid` has `del` between), a common word or an acronym. German capitalises its role nouns, so it is left out.
    /// </summary>
    public List<Word>? AfterRoleNoun(IReadOnlyList<Word> run)
    {
        if (!RoleApposition.Applies(language.Code) || run.Count is not (1 or 2 or 3) || (run.Count == 1 && !MononymAfterRole.Fits(run[0], language)))
        {
            return null;
        }

        var (from, end) = _surroundings.WordBefore(run[0].Start);
        var before = text[from..end];
        if (before.Length == 0 || !char.IsLower(before[0]) || !language.IsPersonNoun(before))
        {
            return null;
        }

        return run.All(w => w.IsCapitalized && w.Text.Length > 1) && !run.Any(w => NameWordKinds.IsBodyWord(w.Text) || NameWordKinds.IsAcronym(w.Text)
            || EntityKnowledge.IsCommonWord(w.Text, language.Code) || EntityKnowledge.IsRoleWord(w.Text, language.Code))
            ? run.ToList()
            : null;
    }
}
