using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `“I was born on this land …”` then `Those were the words of Mzee Jackson ole Sankale, 81, …`: a paragraph that is only a
/// quote, signed by the opening of the next one (`Those were the words of`, `That was the view of`, `So said`). Feature
/// writers open on a voice and name it after; a next paragraph that merely goes on about someone signs nothing.
/// </summary>
internal static partial class NamedInNextParagraph
{
    /// <summary>How far after the opening phrase the name may start (an honorific or two: `Mzee`, `Hon. Dr`).</summary>
    private const int NameReach = 12;

    /// <summary>A particle between two runs of one name: ` ole `, ` bin `, ` wa `.</summary>
    private const int ParticleReach = 5;

    public static Attribution? Find(string text, IReadOnlyList<TextSpan> paragraphs, QuotedSegment segment, NameIndex names)
    {
        var index = segment.Paragraph;
        if (index + 1 >= paragraphs.Count || !OnlyTheQuote(text, paragraphs[index], segment))
        {
            return null;
        }

        var next = paragraphs[index + 1];
        var opening = Opening().Match(text, next.Start, next.Length);
        if (!opening.Success)
        {
            return null;
        }

        // `Mzee Jackson ole Sankale`: a lower-case particle splits the name in two runs, and the surname ends the second.
        var nameStart = opening.Index + opening.Length;
        NameMention? last = null;
        foreach (var mention in names.Mentions)
        {
            var reach = last is null ? nameStart + NameReach : last.Span.End + ParticleReach;
            if (mention.Span.Start >= nameStart && mention.Span.Start <= reach && mention.Kind is NameKind.Person or NameKind.Unknown)
            {
                last = mention;
            }
        }

        if (last is null)
        {
            return null;
        }

        var full = names.FullForm(last.Words, last.Span.Start) ?? last;
        return new Attribution(full.Text, null, true)
        {
            Source = AttributionSource.Cue,
            Cue = CueKind.Tail,
            Kind = CandidateKind.Name,
            Resolution = NameResolution.FullAsWritten,
            CueDistance = last.Span.Start - segment.Outer.End,
        };
    }

    /// <summary>Nothing but the quote and its closing punctuation in the paragraph.</summary>
    private static bool OnlyTheQuote(string text, TextSpan paragraph, QuotedSegment segment) =>
        text.AsSpan(paragraph.Start, segment.OpenMark - paragraph.Start).IsWhiteSpace()
        && text.AsSpan(segment.Outer.End, paragraph.End - segment.Outer.End).Trim().TrimStart(".,;!?”’\"'").IsEmpty;

    [GeneratedRegex(@"\G(?:(?:Those|These) (?:were|are) the (?:words|thoughts|views) of|That (?:was|is) the (?:view|verdict|message|warning|reaction|assessment) of|So (?:said|says)) ")]
    private static partial Regex Opening();
}
