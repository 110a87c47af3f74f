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

    /// <summary>British straight single marks: '…', where the text uses them as quotation marks.</summary>
    StraightSingle,

    /// <summary>German single low-high marks: ‚…‘.</summary>
    LowSingle,

    /// <summary>Swiss and French single guillemets: ‹…›.</summary>
    SingleGuillemet,

    /// <summary>German single guillemets: ›…‹.</summary>
    ReversedSingleGuillemet,
}
