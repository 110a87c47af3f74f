using System.Buffers;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Lund is upbeat about the summer.` followed by a paragraph that is nothing but a quote: the quote continues the person
/// the previous paragraph opens with. Surer than a resumed turn in general, so long as the quote paragraph holds no cue
/// or name outside its marks, the previous paragraph names no one before the speaker (`At Dahl’s request, the council
/// wrote to Lund.` is about someone else), and the quote does not name the speaker as a third person (`… Rhea Lund,
/// Harbour Trust.` at the end of the quote is someone else quoting them, or a signature).
/// </summary>
internal static class QuoteOnlyParagraph
{
    private static readonly SearchValues<char> NoWords = SearchValues.Create(" \t\r\n\u00a0.,;:!?\"'“”‘’«»„()[]-–—…");

    public static bool Continues(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, NameIndex names, int index, string speaker)
    {
        var segment = segments[index];
        if (segment.Paragraph == 0)
        {
            return false;
        }

        var paragraph = paragraphs[segment.Paragraph];
        var lastWord = speaker[(speaker.LastIndexOf(' ') + 1)..];
        return OnlyQuotes(text, paragraph, segments, index) && !NamesWord(text, paragraph, lastWord)
            && OpensWithSpeaker(paragraphs[segment.Paragraph - 1], names, lastWord);
    }

    private static bool OnlyQuotes(string text, TextSpan paragraph, IReadOnlyList<QuotedSegment> segments, int index)
    {
        var position = paragraph.Start;
        for (var i = index; i < segments.Count && segments[i].OpenMark < paragraph.End; i++)
        {
            if (HasWords(text, position, segments[i].OpenMark))
            {
                return false;
            }

            position = Math.Max(position, segments[i].Outer.End);
        }

        return !HasWords(text, position, paragraph.End);
    }

    /// <summary>Anything but spaces and punctuation between the quotes is a word: a cue, a name, a caption.</summary>
    private static bool HasWords(string text, int start, int end) => start < end && text.AsSpan(start, end - start).ContainsAnyExcept(NoWords);

    private static bool NamesWord(string text, TextSpan paragraph, string word)
    {
        for (var at = text.IndexOf(word, paragraph.Start, paragraph.Length, StringComparison.Ordinal); at >= 0;
             at = at + 1 < paragraph.End ? text.IndexOf(word, at + 1, paragraph.End - at - 1, StringComparison.Ordinal) : -1)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensWithSpeaker(TextSpan previous, NameIndex names, string lastWord)
    {
        foreach (var mention in names.Mentions)
        {
            if (previous.Contains(mention.Span.Start) && !mention.InsideQuote)
            {
                return mention.LastWord == lastWord;
            }
        }

        return false;
    }
}
