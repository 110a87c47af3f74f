namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>A plain title's words split once at spaces: each candidate is compared with the heading and the &lt;title&gt; several ways.</summary>
internal sealed class TitleWords
{
    private readonly string[] _words;
    private readonly HashSet<string> _distinct;

    public TitleWords(string plain)
    {
        _words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        _distinct = new HashSet<string>(_words, StringComparer.Ordinal);
    }

    /// <summary>The share of the two texts' distinct words they have in common (Jaccard).</summary>
    public double SharedWith(TitleWords other)
    {
        var shared = _distinct.Count(other._distinct.Contains);
        var union = _distinct.Count + other._distinct.Count - shared;
        return union == 0 ? 0 : shared / (double)union;
    }

    /// <summary>Whether this text holds every word of <paramref name="part"/> and has more distinct words than it has words.</summary>
    public bool HoldsAllAndMore(TitleWords part) =>
        part._words.Length > 0 && _distinct.Count > part._words.Length && part._words.All(_distinct.Contains);
}
