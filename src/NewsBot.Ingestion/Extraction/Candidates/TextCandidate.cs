namespace NewsBot.Ingestion.Extraction.Candidates;

/// <summary>One opinion on what the page's article text is, and where it came from.</summary>
internal sealed record TextCandidate(string Source, string Text)
{
    private WordBag? _words;

    /// <summary>The candidate's lower-cased words as a multiset, computed once.</summary>
    public WordBag Words => _words ??= WordBag.Of(Text);
}
