namespace NewsBot.Core.Quotes.Entities;

/// <summary>The frequency rank of the most frequent words of one language (1 = the most frequent, 0 = not among them).</summary>
internal sealed class WordRanks
{
    private readonly ulong[] _hashes;
    private readonly int[] _ranks;

    private WordRanks(ulong[] hashes, int[] ranks) => (_hashes, _ranks) = (hashes, ranks);

    public int Count => _hashes.Length;

    public static WordRanks Load(string language) => From(LexiconResources.Lines($"frequent-{language}.txt"));

    /// <summary>Words in rank order, most frequent first; a repeated word keeps its first rank.</summary>
    public static WordRanks From(IEnumerable<string> lowerCaseWordsByRank)
    {
        var byHash = new Dictionary<ulong, int>();
        foreach (var word in lowerCaseWordsByRank)
        {
            byHash.TryAdd(WordHash.Of(word), byHash.Count + 1);
        }

        var hashes = byHash.Keys.ToArray();
        var ranks = byHash.Values.ToArray();
        Array.Sort(hashes, ranks);
        return new WordRanks(hashes, ranks);
    }

    public int RankOf(ReadOnlySpan<char> key)
    {
        var index = Array.BinarySearch(_hashes, WordHash.Of(key));
        return index >= 0 ? _ranks[index] : 0;
    }
}
