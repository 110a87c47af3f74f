namespace NewsBot.Core.Quotes.Entities;

/// <summary>What the lexicons know of one word of a span: its flags, its frequency rank (0: not among the most frequent), a major place.</summary>
internal readonly record struct WordFacts(LexiconFlags Flags, int Rank, bool MajorPlace)
{
    public bool Has(LexiconFlags flag) => (Flags & flag) != 0;

    public bool IsName => Has(LexiconFlags.GivenName | LexiconFlags.Surname);

    public bool IsUnknown => Flags == LexiconFlags.None;
}
