namespace NewsBot.Core.Quotes;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into the article text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;
}
