namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds quoted stretches paragraph by paragraph. A quote never runs past its paragraph; a paragraph that ends
/// inside a quote is continued by the next paragraph when that one reopens the quote (news convention).
/// </summary>
internal static class QuotationFinder
{
    public static List<QuotedSegment> Find(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var segments = new List<QuotedSegment>();
        var straightSingles = StraightSingleMarks.AreQuotationMarks(text, paragraphs);
        var openEndedIndex = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var firstInParagraph = segments.Count;
            var reopened = straightSingles && p + 1 < paragraphs.Count && paragraphs[p + 1].Start < text.Length && text[paragraphs[p + 1].Start] == '\'';
            var resumesGuillemet = openEndedIndex >= 0 && text[segments[openEndedIndex].OpenMark] == '«';
            ScanParagraph(text, paragraphs[p], p, segments, straightSingles, reopened, resumesGuillemet);
            if (openEndedIndex >= 0 && segments.Count > firstInParagraph && segments[firstInParagraph].OpenMark == paragraphs[p].Start)
            {
                segments[firstInParagraph] = segments[firstInParagraph] with { ContinuesSegment = openEndedIndex };
            }

            openEndedIndex = segments.Count > firstInParagraph && segments[^1].IsOpenEnded ? segments.Count - 1 : -1;
        }

        return segments;
    }

    private static void ScanParagraph(string text, TextSpan paragraph, int index, List<QuotedSegment> segments, bool straightSingles, bool nextReopens, bool resumesGuillemet)
    {
        MarkStyle? open = null;
        var openAt = -1;
        var nestedSingle = false;
        var nestedGuillemets = 0;
        var nestedDouble = 0;
        var from = paragraph.Start;
        if (DialogueDash.SpeechEnd(text, paragraph) is var speechEnd and > 0)
        {
            Emit(text, paragraph.Start, speechEnd, index, segments);
            from = speechEnd;
        }

        for (var i = from; i < paragraph.End; i++)
        {
            if (open is null)
            {
                // Outside a quote only a mark can open one: jump to the next.
                var next = text.AsSpan(i, paragraph.End - i).IndexOfAny(QuoteMarks.PossibleOpeners);
                if (next < 0)
                {
                    break;
                }

                i += next;
            }

            var c = text[i];
            if (open is null)
            {
                // `«… así.` then `»Si el río …»`: Spanish reopens a quote carried into the next paragraph with a closing guillemet.
                open = i == paragraph.Start && resumesGuillemet && c == '»' && i + 1 < paragraph.End && char.IsLetter(text[i + 1])
                    ? MarkStyle.Guillemet
                    : QuoteMarks.OpeningStyle(text, i, paragraph, straightSingles);
                openAt = i;
                nestedSingle = false;
                nestedGuillemets = 0;
                nestedDouble = 0;
                continue;
            }

            var style = open.Value;
            if (style == MarkStyle.Single)
            {
                if (QuoteMarks.ClosesSingle(text, i, paragraph.End))
                {
                    Emit(text, openAt, i, index, segments);
                    open = null;
                }

                continue;
            }

            if (style == MarkStyle.StraightSingle)
            {
                if (StraightSingleMarks.Closes(text, i, paragraph.End))
                {
                    Emit(text, openAt, i, index, segments);
                    open = null;
                }

                continue;
            }

            if (c == '‘' && QuoteMarks.OpensSingle(text[i - 1], i + 1 < paragraph.End ? text[i + 1] : ' '))
            {
                nestedSingle = true;
            }
            else if (nestedSingle && QuoteMarks.ClosesSingle(text, i, paragraph.End))
            {
                nestedSingle = false;
            }
            else if (OpensNestedDouble(style, text, i, paragraph.End))
            {
                nestedDouble++;
            }
            else if (nestedDouble > 0 && (c is '”' || (c == '"' && LooksLikeCloser(text, i, paragraph.End))))
            {
                nestedDouble--;
            }
            else if (style == MarkStyle.Guillemet && c == '«')
            {
                nestedGuillemets++;
            }
            else if (style == MarkStyle.Guillemet && c == '»' && nestedGuillemets > 0)
            {
                nestedGuillemets--;
            }
            else if (QuoteMarks.Closes(style, c) || (style is MarkStyle.Curly or MarkStyle.LowNinety && c is '“' or '"' && LooksLikeCloser(text, i, paragraph.End)))
            {
                Emit(text, openAt, i, index, segments);
                open = null;
            }
            else if (style == MarkStyle.Curly && c == '“')
            {
                // A second opener before any closer: the first mark was never closed, so start again here.
                openAt = i;
            }
        }

        // A straight single mark left open is a quote running over paragraphs only where it opens the paragraph or the next
        // paragraph reopens it; otherwise it was an apostrophe (`the '90s`).
        if (open is not null and not MarkStyle.Single && (open != MarkStyle.StraightSingle || openAt == paragraph.Start || nextReopens))
        {
            Emit(text, openAt, -1, index, segments, paragraph.End);
        }
    }

    /// <summary>
    /// `"He said “no” twice"`: the other kind of double mark, opening inside a quote, nests; so does a straight mark inside
    /// `„…“`, which German typed on a plain keyboard also closes with a straight mark (`„Wir kommen wieder", sagte sie.`).
    /// </summary>
    private static bool OpensNestedDouble(MarkStyle style, string text, int i, int end) =>
        (style == MarkStyle.Straight && text[i] == '“')
        || (style is MarkStyle.Curly or MarkStyle.LowNinety && text[i] == '"' && char.IsWhiteSpace(text[i - 1]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]));

    private static bool LooksLikeCloser(string text, int i, int end) =>
        !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]));

    private static void Emit(string text, int openAt, int closeAt, int paragraph, List<QuotedSegment> segments, int paragraphEnd = -1)
    {
        var start = openAt + 1;
        var end = closeAt >= 0 ? closeAt : paragraphEnd;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (!text.AsSpan(start, end - start).ContainsAnyExcept(NonLetters))
        {
            return;
        }

        segments.Add(new QuotedSegment(new TextSpan(start, end), openAt, closeAt, paragraph));
    }

    /// <summary>Quotation marks around digits and punctuation only (dates, IDs of embedded posts) quote no one.</summary>
    private static readonly System.Buffers.SearchValues<char> NonLetters =
        System.Buffers.SearchValues.Create(" \t\r\n.,;:!?-—–…'’‘\"“”«»„()[]/@#$%&*+=_0123456789");
}
