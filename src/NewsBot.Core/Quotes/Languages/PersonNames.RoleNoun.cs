namespace NewsBot.Core.Quotes.Languages;

/// <summary>Names the lexicon does not know, made persons by the role noun written right before them.</summary>
internal sealed partial class PersonNames
{
    /// <summary>
    /// `el presidente Nayib Bukele`, `le président Nayib Bukele`, `il presidente Nayib Bukele`, `o presidente Nayib Bukele`: two or
    /// three capitalised words right after a lower-case person noun name the person who holds it, even where the lexicon knows
    /// neither word; else a later `agregó el presidente` or `dijo` goes to whoever spoke before. Not a body (`el técnico del
    /// Real Madrid` has `del` between), a common word or an acronym. German capitalises its role nouns, so it is left out.
    /// </summary>
    private List<Word>? AfterRoleNoun(IReadOnlyList<Word> run)
    {
        if (!RoleApposition.Applies(language.Code) || run.Count is not (2 or 3))
        {
            return null;
        }

        var (from, end) = WordBefore(run[0].Start);
        var before = text[from..end];
        if (before.Length == 0 || !char.IsLower(before[0]) || !language.IsPersonNoun(before))
        {
            return null;
        }

        return run.All(w => w.IsCapitalized && w.Text.Length > 1) && !run.Any(w => IsBodyWord(w.Text) || IsAcronym(w.Text)
            || EntityKnowledge.IsCommonWord(w.Text, language.Code) || EntityKnowledge.IsRoleWord(w.Text, language.Code))
            ? run.ToList()
            : null;
    }
}
