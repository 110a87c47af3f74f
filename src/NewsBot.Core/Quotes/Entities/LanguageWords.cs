using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Core.Quotes.Entities;

/// <summary>Each language's common words and frequency ranks, each loaded on its first lookup.</summary>
internal sealed class LanguageWords
{
    private readonly Lazy<CommonWordSet>[] _commonWords;
    private readonly Lazy<WordRanks>[] _ranks;

    public LanguageWords(Func<string, CommonWordSet> commonWordsOf, Func<string, WordRanks> ranksOf)
    {
        _commonWords = PerLanguage(commonWordsOf);
        _ranks = PerLanguage(ranksOf);
    }

    /// <summary>The key's frequency rank in the language, or its best rank in any of the six without one; 0 when unranked.</summary>
    public int RankOf(ReadOnlySpan<char> key, string? language)
    {
        var index = LexiconLanguages.IndexOf(language);
        if (key.IsEmpty || index >= 0)
        {
            return key.IsEmpty ? 0 : _ranks[index].Value.RankOf(key);
        }

        var best = 0;
        foreach (var ranks in _ranks)
        {
            var rank = ranks.Value.RankOf(key);
            best = rank > 0 && (best == 0 || rank < best) ? rank : best;
        }

        return best;
    }

    /// <summary>Whether the common words of language <paramref name="index"/> (of any of the six when negative) hold the key.</summary>
    public bool Contains(ReadOnlySpan<char> key, int index)
    {
        if (index >= 0)
        {
            return _commonWords[index].Value.Contains(key);
        }

        foreach (var set in _commonWords)
        {
            if (set.Value.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    // Lazy<T> keeps T's constructor for trimming (it could create a T without a factory); ours always has one.
    private static Lazy<T>[] PerLanguage<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(Func<string, T> load) =>
        LexiconLanguages.All.Select(language => new Lazy<T>(() => load(language), LazyThreadSafetyMode.ExecutionAndPublication)).ToArray();
}
