namespace NewsBot.Core.Topics;

/// <summary>One word, prefix (<c>russ*</c>) or phrase of a topic query, already normalised into words.</summary>
public sealed record QueryTerm(IReadOnlyList<string> Words, bool IsPrefix)
{
    public bool MatchesAt(IReadOnlyList<string> text, int start)
    {
        if (start + Words.Count > text.Count)
            return false;
        for (var i = 0; i < Words.Count; i++)
        {
            var last = i == Words.Count - 1;
            var matches = last && IsPrefix
                ? text[start + i].StartsWith(Words[i], StringComparison.Ordinal)
                : text[start + i] == Words[i];
            if (!matches)
                return false;
        }
        return true;
    }

    public bool MatchesAnywhere(IReadOnlyList<string> text)
    {
        for (var start = 0; start < text.Count; start++)
        {
            if (MatchesAt(text, start))
                return true;
        }
        return false;
    }

    public override string ToString()
    {
        var words = string.Join(' ', Words) + (IsPrefix ? "*" : string.Empty);
        return Words.Count > 1 ? $"\"{words}\"" : words;
    }
}
