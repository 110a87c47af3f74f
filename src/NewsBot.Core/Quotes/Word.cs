namespace NewsBot.Core.Quotes;

/// <summary>A word of the article: its offsets and its text, with a possessive ’s already split off.</summary>
internal readonly record struct Word(int Start, int End, string Text)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Computed once: the rules compare lower-case words many times.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();
}
