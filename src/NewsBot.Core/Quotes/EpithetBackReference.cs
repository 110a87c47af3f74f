namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” the Spaniard told Channel North Sport.`, `said the Dubliner`, `the former Kelburn Rovers striker said`: English sports
/// and court pages name someone once, then call them by where they come from or by a description they already gave them. Such
/// an epithet is no name to show. It refers to the one person the article tied it to before the quote (`Ibarra, the Spanish
/// forward`, `Declan Moriarty, a Kerryman`, `Cassidy, a former Kelburn Rovers striker`); two such people or none leave the
/// quote unattributed. English only.
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

        // A description as written still says who spoke (`the Florida senator`); an origin noun alone says nothing.
        var holder = EpithetHolders.Single(text, names, tying, segment.OpenMark);
        return holder is null && current.Resolution == NameResolution.Description ? null
            : holder is null
            ? new Attribution(null, current.Role, true) { Source = current.Source, Cue = current.Cue, Kind = current.Kind }
            : current with { Speaker = holder, Resolution = NameResolution.Referent, Kind = CandidateKind.Description };
    }

    /// <summary>An origin noun written `the Spaniard` at the quote, or a description of two words or more (`the former … striker`).</summary>
    private static string[]? TyingWords(string text, QuotedSegment segment, Attribution current, string speaker)
    {
        if (current.Resolution == NameResolution.Description)
        {
            var core = speaker.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? speaker[4..] : null;
            return core is not null && core.Contains(' ', StringComparison.Ordinal) ? [core] : null;
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
