using System.Buffers;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// A growable character buffer rented from the shared pool. A decoded feed is megabytes of text; holding it in
/// pooled arrays instead of strings keeps it off the large-object heap and out of full garbage collections.
/// </summary>
internal sealed class PooledChars : IDisposable
{
    private readonly ArrayPool<char> pool;
    private char[] buffer;

    public PooledChars(int capacity)
        : this(capacity, ArrayPool<char>.Shared)
    {
    }

    /// <param name="pool">Where the buffer comes from and goes back to (a page's text uses a pool of its own).</param>
    public PooledChars(int capacity, ArrayPool<char> pool)
    {
        this.pool = pool;
        buffer = pool.Rent(Math.Max(capacity, 16));
    }

    public int Capacity => buffer.Length;

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
        if (buffer.Length > 0)
            pool.Return(buffer);
        buffer = [];
        Length = 0;
    }

    private void Grow(int needed)
    {
        var larger = pool.Rent(Math.Max(needed, buffer.Length * 2));
        buffer.AsSpan(0, Length).CopyTo(larger);
        pool.Return(buffer);
        buffer = larger;
    }
}
