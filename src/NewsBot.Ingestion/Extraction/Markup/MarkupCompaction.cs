namespace NewsBot.Ingestion.Extraction.Markup;

/// <summary>
/// Leaves ranges out of a span in place, moving what follows forward as the scan goes: what is written never passes the
/// scan, so the markup still to be read stays as it was.
/// </summary>
internal ref struct MarkupCompaction
{
    private readonly Span<char> _markup;
    private int _copied;
    private int _written;

    public MarkupCompaction(Span<char> markup) => _markup = markup;

    /// <summary>Leaves out <paramref name="from"/> to <paramref name="to"/>; one space in its place where the neighbours would otherwise join.</summary>
    public void Skip(int from, int to, bool keepSeparated)
    {
        MoveUpTo(from);
        if (keepSeparated)
            _markup[_written++] = ' ';
        _copied = to;
    }

    /// <summary>Moves the rest forward; the length the markup has now.</summary>
    public int Finish()
    {
        MoveUpTo(_markup.Length);
        return _written;
    }

    private void MoveUpTo(int end)
    {
        _markup[_copied..end].CopyTo(_markup[_written..]);
        _written += end - _copied;
    }
}
