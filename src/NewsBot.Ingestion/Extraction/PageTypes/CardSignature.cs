using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// A card's tag and first class name, compared as the name's characters where they stand in the class attribute: it is
/// asked of every child of every wide parent, so no string is cut out for it.
/// </summary>
internal readonly struct CardSignature : IEquatable<CardSignature>
{
    private readonly string _classes;
    private readonly int _start;
    private readonly int _length;

    private CardSignature(string tag, string classes, int start, int length) => (Tag, _classes, _start, _length) = (tag, classes, start, length);

    public string Tag { get; }

    private ReadOnlySpan<char> FirstClass => _classes.AsSpan(_start, _length);

    public static CardSignature Of(IElement element)
    {
        var classes = element.GetAttribute(null, "class") ?? "";
        var trimmed = classes.AsSpan().Trim(' ');
        var start = trimmed.IsEmpty ? 0 : classes.AsSpan().IndexOfAnyExcept(' ');
        var space = trimmed.IndexOf(' ');
        return new CardSignature(element.LocalName, classes, start, space < 0 ? trimmed.Length : space);
    }

    public bool Equals(CardSignature other) =>
        string.Equals(Tag, other.Tag, StringComparison.Ordinal) && FirstClass.SequenceEqual(other.FirstClass);

    public override bool Equals(object? obj) => obj is CardSignature other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Tag, string.GetHashCode(FirstClass, StringComparison.Ordinal));
}
