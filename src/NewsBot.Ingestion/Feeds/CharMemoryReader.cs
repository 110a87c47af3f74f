namespace NewsBot.Ingestion.Feeds;

/// <summary>A <see cref="TextReader"/> over characters already in memory (what StringReader does for strings).</summary>
internal sealed class CharMemoryReader(ReadOnlyMemory<char> text) : TextReader
{
    private int position;

    public override int Peek() => position < text.Length ? text.Span[position] : -1;

    public override int Read() => position < text.Length ? text.Span[position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, text.Length - position);
        text.Span.Slice(position, count).CopyTo(buffer);
        position += count;
        return count;
    }
}
