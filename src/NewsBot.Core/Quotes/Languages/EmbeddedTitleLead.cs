namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Bei „Hafen aktuell“ (NDR) sagt Weber in einem Interview: „…“`, `Berg sagte gegenüber dem „Kleinfelder Boten“: „…“`: a show,
/// an outlet or a title quoted inside the sentence that leads to a quote cut that lead at its closing mark, so the verb and
/// subject before it went unread, or a channel in brackets after it spoke. The lead is then the whole sentence, the title's
/// own words left out (they name no speaker).
/// </summary>
internal static class EmbeddedTitleLead
{
    /// <summary>Longer quotations inside a sentence are someone's words, not a title.</summary>
    private const int MaxTitleWords = 8;

    /// <summary>
    /// The lead to read instead of <paramref name="lead"/>, with its words when they are not simply those of its span; null
    /// when no title stands inside the lead's sentence.
    /// </summary>
    public static (TextSpan Span, List<Word>? Words)? Of(
        string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<QuotedSegment> segments, int index, TextSpan lead, LanguageKnowledge language)
    {
        if (index == 0 || language.VerbSecondOpeners.Count == 0)
        {
            // Only German is read so: in Romance text a quoted word before the verb is a nickname standing as the subject
            // (`Tras la audiencia, “Pepón” (como se le conoce …) contestó que “…”`).
            return null;
        }

        var title = segments[index - 1];
        var segment = segments[index];
        if (title.Paragraph != segment.Paragraph || title.IsOpenEnded || lead.Start != title.Outer.End || title.OpenMark == 0 || !IsTitle(text, title))
        {
            return null;
        }

        var start = QuoteContext.SentenceStart(text, paragraphs[segment.Paragraph], segments, title.OpenMark - 1);
        var words = WordTokenizer.Tokenize(text, start, title.OpenMark);
        if (words.Count == 0)
        {
            // `„Hafen aktuell“ läuft seit …`: a quotation opening its sentence is no title inside one.
            return null;
        }

        // `Bei „Hafen aktuell“ (NDR) sagt Weber …:`: the title ends the sentence's opening phrase, so the verb comes next (after
        // a channel in brackets) and its subject after it; read from the verb on, as `sagt Weber …:` opens its clause.
        var after = AfterAside(text, title.Outer.End, segment.OpenMark);
        var rest = WordTokenizer.Tokenize(text, after, segment.OpenMark);
        if (language.VerbSecondOpeners.Contains(words[0].Lower) && rest.Count > 1 && VerbMatch.At(rest, 0, language) is not null)
        {
            return (new TextSpan(rest[0].Start, segment.OpenMark), null);
        }

        // `Weber sagte gegenüber dem „Kleinfelder Boten“:`: the sentence's own words around the title.
        WordTokenizer.TokenizeInto(words, text, title.Outer.End, segment.OpenMark);
        return (new TextSpan(start, segment.OpenMark), words);
    }

    /// <summary>Where the lead goes on after a bracketed aside right behind the title (`(NDR)`, `(RTL, Sonntag)`).</summary>
    private static int AfterAside(string text, int from, int end)
    {
        var at = from;
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        var close = at < end && text[at] == '(' ? text.IndexOf(')', at, end - at) : -1;
        return close < 0 ? from : close + 1;
    }

    /// <summary>A few words that end with no sentence mark or comma (`„Wer macht das?“, fragt er` is a question someone asked).</summary>
    private static bool IsTitle(string text, QuotedSegment quote)
    {
        var content = text.AsSpan(quote.Content.Start, quote.Content.Length).TrimEnd();
        return content.Length > 0 && content[^1] is not ('.' or '!' or '?' or ',' or '…')
            && WordTokenizer.Tokenize(text, quote.Content.Start, quote.Content.End).Count <= MaxTitleWords;
    }
}
