using System.Buffers;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// A growable character buffer rented from the shared pool. A decoded feed is megabytes of text; holding it in
/// pooled arrays instead of strings keeps it off the large-object heap and out of full garbage collections.
/// </summary>
internal sealed class PooledChars : IDisposable
{
    private char[] buffer;

    public PooledChars(int capacity) => buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

    public int Length { get; set; }

    public Span<char> Free => buffer.AsSpan(Length);

    public ReadOnlyMemory<char> Memory => buffer.AsMemory(0, Length);

    public Span<char> Span => buffer.AsSpan(0, Length);

    public PooledChars Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > buffer.Length)
            Grow(Length + text.Length);
        text.CopyTo(buffer.AsSpan(Length));
        Length += text.Length;
        return this;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(buffer);
        buffer = [];
        Length = 0;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
        buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = larger;
    }
}
