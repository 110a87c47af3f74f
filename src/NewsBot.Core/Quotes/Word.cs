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

    public bool IsCapitalized => Text.Length > 0 && (char.IsUpper(Text[0]) || HasArabicArticle(Text));

    /// <summary>`al-Hamdan`, `el-Sayed`: a surname behind the Arabic article, capitalised after its hyphen.</summary>
    private static bool HasArabicArticle(string text) =>
        text.Length > 3 && text[2] == '-' && char.IsUpper(text[3]) && text.StartsWith(text[0] == 'a' ? "al" : "el", StringComparison.Ordinal);
}
