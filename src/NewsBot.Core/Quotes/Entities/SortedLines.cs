using System.Text;

namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// A sorted lexicon file kept as the UTF-8 bytes it is stored in and searched in place: no string, hash or index per
/// line, so loading it is one decompression and it takes the file's own size in memory. tools/lexicons/build.py sorts
/// the files by code point, which is the byte order of UTF-8. A line is a key, or a key, a tab and its codes.
/// </summary>
internal sealed class SortedLines
{
    /// <summary>Longer keys are never found (the lexicons' longest lines are far shorter).</summary>
    private const int MaxKeyBytes = 256;

    private readonly byte[] _bytes;

    public SortedLines(byte[] utf8Lines)
    {
        _bytes = utf8Lines;
        Count = utf8Lines.AsSpan().Count((byte)'\n') + (utf8Lines is [.., not (byte)'\n'] ? 1 : 0);
    }

    public int Count { get; }

    /// <summary>Bytes held, for footprint figures.</summary>
    public int Size => _bytes.Length;

    /// <summary>Lines in any order (tests and tools): sorted here by their UTF-8 bytes.</summary>
    public static SortedLines From(IEnumerable<string> lines)
    {
        var sorted = lines.Select(Encoding.UTF8.GetBytes).Order(Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b))).ToList();
        return new SortedLines([.. sorted.SelectMany(line => line.Append((byte)'\n'))]);
    }

    public bool Contains(ReadOnlySpan<char> key) => TryFind(key, out _);

    /// <summary>Finds the line whose key (its text up to a tab) is <paramref name="key"/>, and what follows the tab.</summary>
    public bool TryFind(ReadOnlySpan<char> key, out ReadOnlySpan<byte> codes)
    {
        codes = default;
        Span<byte> buffer = stackalloc byte[MaxKeyBytes];
        if (key.IsEmpty || !Encoding.UTF8.TryGetBytes(key, buffer, out var length))
        {
            return false;
        }

        var wanted = buffer[..length];
        var lines = _bytes.AsSpan();
        var (low, high) = (0, lines.Length);
        while (low < high)
        {
            // low is always the start of a line and high the end of one, so the line around the middle lies between them.
            var middle = low + ((high - low) / 2);
            var start = low + lines[low..middle].LastIndexOf((byte)'\n') + 1;
            var newline = lines[start..high].IndexOf((byte)'\n');
            var end = newline < 0 ? high : start + newline;
            var line = lines[start..end];
            var tab = line.IndexOf((byte)'\t');
            var order = (tab < 0 ? line : line[..tab]).SequenceCompareTo(wanted);
            if (order == 0)
            {
                codes = tab < 0 ? [] : line[(tab + 1)..];
                return true;
            }

            (low, high) = order < 0 ? (end + 1, high) : (low, start);
        }

        return false;
    }

    /// <summary>Whether every key is greater than the one before (what the search relies on), and the first that is not.</summary>
    public string? FirstOutOfOrder()
    {
        ReadOnlySpan<byte> previous = [];
        foreach (var range in _bytes.AsSpan().Split((byte)'\n'))
        {
            var line = _bytes.AsSpan()[range];
            var tab = line.IndexOf((byte)'\t');
            var key = tab < 0 ? line : line[..tab];
            if (key.IsEmpty)
            {
                continue;
            }

            if (key.SequenceCompareTo(previous) <= 0)
            {
                return Encoding.UTF8.GetString(key);
            }

            previous = key;
        }

        return null;
    }
}
