namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// The common words of one language, kept as sorted 64-bit hashes: a few hundred thousand words in a few megabytes,
/// where strings would take ten times as much. A hash collision is about one in 10^13 lookups.
/// </summary>
internal sealed class CommonWordSet
{
    private readonly ulong[] _hashes;

    private CommonWordSet(ulong[] hashes) => _hashes = hashes;

    public int Count => _hashes.Length;

    public static CommonWordSet Load(string language) => From(LexiconResources.Lines($"common-{language}.txt.br"));

    public static CommonWordSet From(IEnumerable<string> lowerCaseWords)
    {
        var hashes = lowerCaseWords.Select(w => Hash(w)).ToArray();
        Array.Sort(hashes);
        return new CommonWordSet(hashes);
    }

    /// <summary>Whether the set holds <paramref name="key"/>, a lower-case <see cref="WordKey"/>.</summary>
    public bool Contains(ReadOnlySpan<char> key) => Array.BinarySearch(_hashes, Hash(key)) >= 0;

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.</summary>
    private static ulong Hash(ReadOnlySpan<char> text)
    {
        const ulong OffsetBasis = 14695981039346656037;
        const ulong Prime = 1099511628211;
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
