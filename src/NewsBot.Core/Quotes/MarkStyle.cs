namespace NewsBot.Core.Quotes;

/// <summary>The family of the opening mark, which decides the mark that closes it.</summary>
internal enum MarkStyle
{
    Straight,
    Curly,
    LowNinety,
    Guillemet,
    ReversedGuillemet,
    Single,
}
