using System.Collections.Frozen;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>Words that open a name run without belonging to the name: a thing of the person's, or the place of the post.</summary>
internal static class NameLeadWords
{
    private static readonly FrozenSet<string> NameParticles =
        new[] { "von", "van", "de", "di", "da", "du", "del", "della", "dos", "zu" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// `Backstube von Uwe Lenz`, `Galleria di Marco Neri`: a capitalised common noun before a name particle is a place or
    /// thing of the person's, so the name starts after the particle; given names before it (`Ludwig van`, `Mark de`) stay.
    /// </summary>
    public static List<Word> AfterCommonNounAndParticle(List<Word> run)
    {
        for (var i = 1; i < run.Count - 1; i++)
        {
            if (!NameParticles.Contains(run[i].Text))
            {
                continue;
            }

            // `Luiz Inácio Lula da Silva`: one given name before the particle makes the words before it part of the name.
            var particle = i;
            var commonNounBefore = AnyCommonNoun(run, particle) && !AnyGivenName(run, particle);
            return commonNounBefore && run[i + 1].IsCapitalized ? run.GetRange(i + 1, run.Count - i - 1) : run;
        }

        return run;
    }

    /// <summary>
    /// `China’s ambassador to Britain Liu Xiaming`, `Leeds Tamsin Worrell`: a place that is no name, run into a given name or
    /// surname and more, is where the person or the post is; the person's name starts after it. A place that is also a
    /// common word (`Auch`, a French town and a German adverb) is left alone.
    /// </summary>
    public static bool LeadingPlaceBeforeName(List<Word> run)
    {
        const LexiconFlags NameFlags = LexiconFlags.GivenName | LexiconFlags.Surname;
        var lexicon = EntityLexicon.Shared;
        var first = lexicon.EntityFlags(run[0].Text);
        return run.Count >= 3 && (first & NameFlags) == 0
            && (NameLexicon.PlaceWords.Contains(run[0].Text) || (first.HasFlag(LexiconFlags.Place) && !lexicon.Lookup(run[0].Text).HasFlag(LexiconFlags.CommonWord)))
            && (lexicon.EntityFlags(run[1].Text) & NameFlags) != 0
            && !run.Skip(1).Any(w => NameLexicon.PlaceWords.Contains(w.Text) || NameLexicon.OrganisationWords.Contains(w.Text) || NameLexicon.Titles.Contains(w.Text));
    }

    /// <summary>Whether one of the first <paramref name="count"/> words is a common noun (a loop: a lambda over the run allocated per call).</summary>
    private static bool AnyCommonNoun(List<Word> run, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (IsCommonNoun(run, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyGivenName(List<Word> run, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (EntityLexicon.Shared.IsGivenName(run[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCommonNoun(List<Word> run, int index) =>
        !NameTitles.IsTitle(run, index) && EntityLexicon.Shared.Lookup(run[index].Text).HasFlag(LexiconFlags.CommonWord);
}
