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

    public static CommonWordSet Load(string language)
    {
        var hashes = new List<ulong>(400_000);
        LexiconResources.ForEachLine($"common-{language}.txt.br", line => hashes.Add(WordHash.Of(line)));
        var sorted = hashes.ToArray();
        Array.Sort(sorted);
        return new CommonWordSet(sorted);
    }

    public static CommonWordSet From(IEnumerable<string> lowerCaseWords)
    {
        var hashes = lowerCaseWords.Select(w => WordHash.Of(w)).ToArray();
        Array.Sort(hashes);
        return new CommonWordSet(hashes);
    }

    /// <summary>Whether the set holds <paramref name="key"/>, a lower-case <see cref="WordKey"/>.</summary>
    public bool Contains(ReadOnlySpan<char> key) => Array.BinarySearch(_hashes, WordHash.Of(key)) >= 0;
}
