namespace NewsBot.Core.Topics;

/// <summary>
/// An article's searchable words (title, text, quotes) in order, as vocabulary ids. "Does it contain this word" is a
/// vectorised scan of a few hundred integers, as quick as a lookup and with no set to build or keep per article.
/// </summary>
internal sealed class ArticleWords(int[] sequence, string textHash)
{
    public int[] Sequence { get; } = sequence;

    /// <summary>Tells a cached entry from a different article that reused the id (a rebuilt database).</summary>
    public string TextHash { get; } = textHash;

    public bool Contains(int id) => Sequence.AsSpan().Contains(id);
}
