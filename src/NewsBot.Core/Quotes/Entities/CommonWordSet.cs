namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// The common words of one language: the sorted list as stored, searched in place (<see cref="SortedLines"/>), so that
/// loading a few hundred thousand words is one decompression, with no string, hash or sort per word.
/// </summary>
internal sealed class CommonWordSet
{
    private readonly SortedLines _words;

    private CommonWordSet(SortedLines words) => _words = words;

    public int Count => _words.Count;

    public static CommonWordSet Load(string language) => new(new SortedLines(LexiconResources.Bytes($"common-{language}.txt")));

    public static CommonWordSet From(IEnumerable<string> lowerCaseWords) => new(SortedLines.From(lowerCaseWords));

    /// <summary>Whether the set holds <paramref name="key"/>, a lower-case <see cref="WordKey"/>.</summary>
    public bool Contains(ReadOnlySpan<char> key) => _words.Contains(key);
}
