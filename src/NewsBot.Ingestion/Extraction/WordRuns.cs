namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The words of a text as runs of letters and digits, each the range it stands at, found without allocating: the one
/// scan behind the extraction's word lists and bags (<see cref="PageTypes.TextMeasures.Words"/> counts the same runs).
/// </summary>
/// <param name="underscoreJoins">Whether '_' belongs to a word, as in class names and handles ("read_more").</param>
internal ref struct WordRuns(ReadOnlySpan<char> text, bool underscoreJoins = false)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _end;

    public Range Current { get; private set; }

    public readonly WordRuns GetEnumerator() => this;

    public bool MoveNext()
    {
        var start = _end;
        while (start < _text.Length && !IsWordChar(_text[start]))
        {
            start++;
        }

        if (start == _text.Length)
        {
            return false;
        }

        _end = start + 1;
        while (_end < _text.Length && IsWordChar(_text[_end]))
        {
            _end++;
        }

        Current = start.._end;
        return true;
    }

    private readonly bool IsWordChar(char c) => char.IsLetterOrDigit(c) || (underscoreJoins && c == '_');
}
