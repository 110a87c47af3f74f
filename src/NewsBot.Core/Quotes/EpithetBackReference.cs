namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” the Spaniard told Channel North Sport.`, `said the Dubliner`: English sports and court pages name someone once, then
/// call them by where they come from. Such an epithet is no name to show. It refers to the one person the article tied it to
/// before the quote (`Ibarra, the Spanish forward`, `Declan Moriarty, a Kerryman`); two such people or none leave the quote
/// unattributed. English only. Tying a longer description back the same way (`the former Kelburn Rovers striker` to
/// `Cassidy, a former Kelburn Rovers striker`) was measured and left out: it gained one held-out news quote and lost one
/// PolNeAR dev quote.
/// </summary>
internal static class EpithetBackReference
{
    private const int Window = 120;

    public static Attribution? Resolve(string text, QuotedSegment segment, NameIndex names, Attribution current)
    {
        if (current.Speaker is not { } speaker || TyingWords(text, segment, current, speaker) is not { } tying)
        {
            return null;
        }

        // An origin noun alone says nothing about who spoke, so with no single holder the quote goes to no one.
        return EpithetHolders.Single(text, names, tying, segment.OpenMark) is { } holder
            ? current with { Speaker = holder, Resolution = NameResolution.Referent, Kind = CandidateKind.Description }
            : new Attribution(null, current.Role, true) { Source = current.Source, Cue = current.Cue, Kind = current.Kind };
    }

    /// <summary>An origin noun written `the Spaniard` at the quote.</summary>
    private static string[]? TyingWords(string text, QuotedSegment segment, Attribution current, string speaker)
    {
        if (current.Resolution == NameResolution.Description)
        {
            return null;
        }

        var noun = speaker.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? speaker[4..] : speaker;
        return Demonyms.TyingWordsOf(noun) is { } words && WrittenWithArticle(text, segment, noun) ? words : null;
    }

    /// <summary>`the Dubliner` near the quote, so a first name that is also an origin noun (`Finn said`) stays a name.</summary>
    private static bool WrittenWithArticle(string text, QuotedSegment segment, string noun)
    {
        var phrase = "the " + noun;
        var leadStart = Math.Max(0, segment.OpenMark - Window);
        if (text.LastIndexOf(phrase, segment.OpenMark, segment.OpenMark - leadStart, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        var tailEnd = Math.Min(text.Length, segment.Outer.End + Window);
        return text.IndexOf(phrase, segment.Outer.End, tailEnd - segment.Outer.End, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
