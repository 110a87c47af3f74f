namespace NewsBot.Core.Quotes;

/// <summary>
/// A word of the article: its offsets and its text, with a possessive ’s already split off. <see cref="Lower"/> is
/// computed once, since the rules compare lower-case words many times.
/// </summary>
internal readonly record struct Word(int Start, int End, string Text, string Lower)
{
    public Word(int start, int end, string text)
        : this(start, end, text, text.ToLowerInvariant())
    {
    }

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
