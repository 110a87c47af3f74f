namespace NewsBot.Ingestion.Extraction.Candidates;

/// <summary>One opinion on what the page's article text is, and where it came from.</summary>
internal sealed record TextCandidate(string Source, string Text)
{
    private WordBag? _words;
    private int? _wordCount;

    /// <summary>The candidate's lower-cased words as a multiset, computed once.</summary>
    public WordBag Words => _words ??= WordBag.Of(Text);

    /// <summary>How many words the candidate holds, without building <see cref="Words"/> when no comparison needs them.</summary>
    public int WordCount => _wordCount ??= _words?.Total ?? WordBag.Count(Text);
}
