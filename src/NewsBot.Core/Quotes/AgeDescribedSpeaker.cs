using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Omar Lind has agreed a deal … . The 48-year-old said: “…”`, `“…,” said the 48-year-old.`: English papers name a
/// person once, then call them by their age. The description refers to the person the article gave that age
/// (`Omar Lind, 48,`), else to the latest name the article reads as a person's (not a club's: `Brenford Rovers`) outside quotes in this paragraph or the two before it; with
/// no such person it stays unattributed. English only.
/// </summary>
internal static partial class AgeDescribedSpeaker
{
    private const int ParagraphsBack = 2;

    public static Attribution? Find(string text, IReadOnlyList<TextSpan> paragraphs, QuotedSegment segment, NameIndex names)
    {
        if (AgeCue(text, segment) is not { } cue)
        {
            return null;
        }

        var (age, position, kind) = cue;
        var from = paragraphs[Math.Max(0, segment.Paragraph - ParagraphsBack)].Start;
        var person = PersonOfAge(text, names, age, position)
            ?? names.PersonBefore(position, m => m.Span.Start >= from && m.Kind == NameKind.Person && !m.Modifier && !m.Addressed);
        if (person is null)
        {
            return null;
        }

        var full = names.FullForm(person.Words, person.Span.Start)?.Text ?? person.Text;
        return new Attribution(full, null, true)
        {
            Resolution = NameResolution.Referent,
            Source = AttributionSource.Cue,
            Cue = kind,
            Kind = CandidateKind.Description,
            CueDistance = Math.Abs(position - (kind == CueKind.Lead ? segment.OpenMark : segment.Outer.End)),
        };
    }

    /// <summary>`The 48-year-old said:` right before the quote, or `said the 48-year-old` / `the 48-year-old said` right after it.</summary>
    private static (string Age, int Position, CueKind Kind)? AgeCue(string text, QuotedSegment segment)
    {
        var leadStart = Math.Max(0, segment.OpenMark - 80);
        var lead = LeadPattern().Match(text[leadStart..segment.OpenMark]);
        if (lead.Success)
        {
            return (lead.Groups["age"].Value, leadStart + lead.Index, CueKind.Lead);
        }

        var tailEnd = Math.Min(text.Length, segment.Outer.End + 60);
        var tail = TailPattern().Match(text[segment.Outer.End..tailEnd]);
        return tail.Success ? (tail.Groups["age"].Value, segment.Outer.End + tail.Index, CueKind.Tail) : null;
    }

    /// <summary>`Omar Lind, 48,`: the person the article gave this age, named before the description.</summary>
    internal static NameMention? PersonOfAge(string text, NameIndex names, string age, int position) =>
        names.PersonBefore(position, m =>
        {
            var after = text.AsSpan(m.Span.End);
            return after.StartsWith($", {age},", StringComparison.Ordinal) || after.StartsWith($" ({age})", StringComparison.Ordinal);
        });

    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)The (?<age>\d{1,3})-year-old (?:said|says|added|told [^.!?“”""]{1,40}?|explained|wrote)\b[^.!?“”""]{0,40}[:,]\s*$")]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"^[,.!?]?\s*(?:(?:said|says|added|explained) the (?<age>\d{1,3})-year-old|the (?<age>\d{1,3})-year-old (?:said|says|added|explained))\b")]
    private static partial Regex TailPattern();
}
