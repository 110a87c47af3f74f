using NewsBot.Core.Quotes.Entities;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Paul zu Falkenried`, `Anna zur Falkenried`, `Paul vom Hohenfels`, `Paul von und zu Hohenfels`: a noble particle between a
/// given name and a surname keeps the name whole. Without it the run ended at the given name, and `Paul` alone was read as the
/// article's other Paul, a wrong name. A title of nobility may come between (`Paul Graf von Hohenfels`: see
/// <see cref="NobleTitle"/>). Only before a word that is no common noun, since `Anna zu Hause` and `Paul zur
/// Verfügung` are a name and a phrase.
/// </summary>
internal static class NobleParticle
{
    private static readonly string[][] Chains =
        [["zu"], ["zur"], ["zum"], ["vom"], ["von"], ["van"], ["de"], ["von", "und", "zu"]];

    public static bool Joins(string text, IReadOnlyList<Word> words, int at, Word previous)
    {
        if (at <= 0 || previous.Start != words[at - 1].Start)
        {
            return false;
        }

        // Loops, not lambdas: this is asked after every name in the article, and the closures were a tenth of extraction's garbage.
        foreach (var chain in Chains)
        {
            if (OpensAround(text, words, at, chain))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="words"/> end with a given name, a particle chain and a surname: the surname is a name however
    /// German it looks (`Hohenfels` ends in the noun `Fels`, `Wettering` in `Ring`), so no noun is to be trimmed from the end.
    /// </summary>
    public static bool EndsName(IReadOnlyList<Word> words) =>
        Chains.Any(chain => words.Count >= chain.Length + 2 && NobleTitle.EndsGivenName(words, words.Count - chain.Length - 2)
            && chain.Select((particle, i) => words[words.Count - 1 - chain.Length + i].Text == particle).All(same => same));

    /// <summary>Whether <paramref name="words"/>[<paramref name="at"/>] is one particle of <paramref name="chain"/> written whole between a given name and a surname.</summary>
    private static bool OpensAround(string text, IReadOnlyList<Word> words, int at, string[] chain)
    {
        for (var k = 0; k < chain.Length; k++)
        {
            var start = at - k;
            var surname = start + chain.Length;
            if (chain[k] != words[at].Text || start < 1 || surname >= words.Count || !NobleTitle.EndsGivenName(words, start - 1))
            {
                continue;
            }

            if (IsChainAt(words, start, chain) && words[surname].IsCapitalized
                && !EntityLexicon.Shared.Lookup(words[surname].Text).HasFlag(LexiconFlags.CommonWord)
                && (chain[0] is not ("vom" or "zum") || !NamesPlaceOrBody(words[surname].Text))
                && DoubleParticle.SingleSpaces(text, [.. words.Skip(start - 1).Take(chain.Length + 2)]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsChainAt(IReadOnlyList<Word> words, int start, string[] chain)
    {
        for (var i = 0; i < chain.Length; i++)
        {
            if (words[start + i].Text != chain[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// `Anna vom Hafenamt`, `Paul zum Stadtrat`: `vom` and `zum` are `von dem` and `zu dem` far more often than a noble
    /// particle, so the word after them must not name a body, a role, a document or a place, not even as a compound's head.
    /// </summary>
    private static bool NamesPlaceOrBody(string word)
    {
        const LexiconFlags notAName = LexiconFlags.OrganisationWord | LexiconFlags.RoleWord | LexiconFlags.DocumentWord | LexiconFlags.Place;
        return (EntityLexicon.Shared.Lookup(word) & notAName) != 0
            || Enumerable.Range(3, Math.Max(0, word.Length - 5)).Select(start => word[start..])
                .Any(head => !German.Knowledge.StopWords.Contains(head) && EntityKnowledge.IsCommonWord(char.ToUpperInvariant(head[0]) + head[1..], "de"));
    }
}
