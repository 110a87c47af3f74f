namespace NewsBot.Core.Quotes;

/// <summary>
/// `The Villa Nights hunk, 29, fumed: “…”`: a tabloid epithet given with an age is a description, never a name to show.
/// It refers to the person the article gave that age (`Jax Pryor, 29,`), else to the subject of the latest sentence about
/// a person in this paragraph or the two before; with neither, the quote stays unattributed. English only.
/// </summary>
internal static class AgeEpithetSpeaker
{
    private const int ParagraphsBack = 2;
    private const int Window = 200;

    public static Attribution? Resolve(string text, IReadOnlyList<TextSpan> paragraphs, QuotedSegment segment, NameIndex names, Attribution current)
    {
        if (current is not { Resolution: NameResolution.Description, Speaker: { } epithet }
            || !epithet.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || AgeAfter(text, segment, epithet) is not { } age)
        {
            return null;
        }

        var from = paragraphs[Math.Max(0, segment.Paragraph - ParagraphsBack)].Start;
        var person = AgeDescribedSpeaker.PersonOfAge(text, names, age.Value, age.Position) ?? FirstPersonOfLatestSentence(text, names, from, age.Position);
        return person is null
            ? new Attribution(null, current.Role, true) { Source = current.Source, Cue = current.Cue }
            : current with { Speaker = names.FullForm(person.Words, person.Span.Start)?.Text ?? person.Text, Resolution = NameResolution.Referent };
    }

    /// <summary>`Reality star Jax Pryor has blasted his co-star Kiki Dell`: the first person a sentence names is its subject, not the latest name.</summary>
    private static NameMention? FirstPersonOfLatestSentence(string text, NameIndex names, int from, int position)
    {
        NameMention? first = null;
        foreach (var mention in names.Mentions)
        {
            if (mention.Span.Start < from || mention.Span.End > position || mention.InsideQuote || mention.Kind != NameKind.Person || mention.Modifier || mention.Addressed)
            {
                continue;
            }

            if (first is null || text.AsSpan(first.Span.End, mention.Span.Start - first.Span.End).IndexOfAny(SentenceEnds) >= 0)
            {
                first = mention;
            }
        }

        return first;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    /// <summary>The age right after the epithet (`…hunk, 29,`) where the cue writes it, before or after the quote.</summary>
    private static (string Value, int Position)? AgeAfter(string text, QuotedSegment segment, string epithet)
    {
        var leadStart = Math.Max(0, segment.OpenMark - Window);
        var lead = text.LastIndexOf(epithet, segment.OpenMark, segment.OpenMark - leadStart, StringComparison.OrdinalIgnoreCase);
        var tailEnd = Math.Min(text.Length, segment.Outer.End + Window);
        var at = lead >= 0 ? lead : text.IndexOf(epithet, segment.Outer.End, tailEnd - segment.Outer.End, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var after = at + epithet.Length;
        var digits = after + 2;
        while (digits < text.Length && digits - after <= 5 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var valid = text.AsSpan(after).StartsWith(", ", StringComparison.Ordinal) && digits > after + 2 && digits < text.Length && text[digits] == ',';
        return valid ? (text[(after + 2)..digits], at) : null;
    }
}
