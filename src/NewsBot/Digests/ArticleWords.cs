namespace NewsBot.Digests;

/// <summary>
/// An article's searchable words (title, text, quotes) as vocabulary ids: in order for phrases, and sorted and
/// distinct for the quick "does it contain this word" that most query terms are.
/// </summary>
internal sealed class ArticleWords(int[] sequence, string textHash)
{
    public int[] Sequence { get; } = sequence;

    public int[] Distinct { get; } = SortedDistinct(sequence);

    /// <summary>Tells a cached entry from a different article that reused the id (a rebuilt database).</summary>
    public string TextHash { get; } = textHash;

    public bool Contains(int id) => Array.BinarySearch(Distinct, id) >= 0;

    private static int[] SortedDistinct(int[] sequence)
    {
        var sorted = (int[])sequence.Clone();
        Array.Sort(sorted);
        var count = 0;
        foreach (var id in sorted)
        {
            if (count == 0 || sorted[count - 1] != id)
                sorted[count++] = id;
        }
        return sorted[..count];
    }
}
