using System.Text;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Accumulates text into lines and blocks: whitespace collapses to single spaces, lines are trimmed,
/// empty lines and blocks vanish, blocks are joined by exactly one blank line.
/// </summary>
internal sealed class BlockBuilder
{
    /// <summary>Buffers larger than this (a huge page's text) are not kept for the next page.</summary>
    private const int MaxKeptChars = 1 << 20;

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _line = new();
    private int _linesInBlock;
    private bool _pendingSpace;

    public void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _line.Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                _line.Append(' ');
                _pendingSpace = false;
            }

            _line.Append(c);
        }
    }

    /// <summary>Separates table cells on one line.</summary>
    public void AppendSeparator(string separator)
    {
        if (_line.Length > 0)
        {
            _line.Append(separator);
            _pendingSpace = false;
        }
    }

    public void EndLine()
    {
        _pendingSpace = false;
        // Trimmed in place: a line is copied once, into the text.
        var length = _line.Length;
        while (length > 0 && _line[length - 1] is ' ' or '|')
        {
            length--;
        }

        if (length == 0)
        {
            _line.Clear();
            return;
        }

        if (_linesInBlock == 0 && _text.Length > 0)
        {
            _text.Append("\n\n");
        }
        else if (_linesInBlock > 0)
        {
            _text.Append('\n');
        }

        _text.Append(_line, 0, length);
        _line.Clear();
        _linesInBlock++;
    }

    public void EndBlock()
    {
        EndLine();
        _linesInBlock = 0;
    }

    /// <summary>Empties the builder for the next text, keeping its buffers unless a huge page grew them.</summary>
    public void Clear()
    {
        Empty(_text);
        Empty(_line);
        _linesInBlock = 0;
        _pendingSpace = false;
    }

    private static void Empty(StringBuilder builder)
    {
        builder.Clear();
        if (builder.Capacity > MaxKeptChars)
        {
            builder.Capacity = 0;
        }
    }

    public override string ToString()
    {
        EndBlock();
        return _text.ToString();
    }
}
