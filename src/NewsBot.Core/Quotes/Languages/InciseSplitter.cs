namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Splits a quote around the attribution written inside its marks, as French, Italian and Spanish do:
/// `« Cette loi est injuste, affirme-t-elle. Je crois … »`, `«Si è trattato – spiega Grazia Cialdella – di …»`.
/// The two halves become two segments and the incise their cue, so each half gets the speaker.
/// </summary>
internal static class InciseSplitter
{
    private const int MaxInciseChars = 140;

    public static List<QuotedSegment> Split(string text, List<QuotedSegment> segments, LanguageKnowledge? language)
    {
        if (segments.Count == 0 || language is null or { Code: "en" })
        {
            return segments;
        }

        var result = new List<QuotedSegment>(segments.Count);
        var lastPiece = new int[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.ContinuesSegment >= 0)
            {
                segment = segment with { ContinuesSegment = lastPiece[segment.ContinuesSegment] };
            }

            if (Find(text, segment, language) is { } incise)
            {
                result.Add(segment with { Content = Trimmed(text, segment.Content.Start, incise.Start), CloseMark = incise.Start });
                segment = new QuotedSegment(Trimmed(text, incise.End + 1, segment.Content.End), incise.End, segment.CloseMark, segment.Paragraph);
            }

            result.Add(segment);
            lastPiece[i] = result.Count - 1;
        }

        return result;
    }

    /// <summary>The incise: from the dash or comma that opens it to the dash or full stop that closes it.</summary>
    private static TextSpan? Find(string text, QuotedSegment segment, LanguageKnowledge language)
    {
        var content = segment.Content;
        for (var i = content.Start + 1; i < content.End - 1; i++)
        {
            var c = text[i];
            // `«… – spiega Rossi – …»`, and the hyphen typed for a dash (`"… - dichiara il Presidente Cannata - …"`).
            var dash = (c is '–' or '—' || (c == '-' && char.IsWhiteSpace(text[i + 1]))) && char.IsWhiteSpace(text[i - 1]);
            if (!dash && c != ',')
            {
                continue;
            }

            var words = WordTokenizer.Tokenize(text, i + 1, Math.Min(content.End, i + 1 + MaxInciseChars));
            if (words.Count < 1 || VerbMatch.At(words, 0, language) is not { } verb || verb.Last + 1 > words.Count)
            {
                continue;
            }

            if (!dash && PluralVerb.Is(words, verb, language))
            {
                // `“Estos periodistas, dicen… No los necesitamos”`: the speaker reporting what others say, not an incise.
                continue;
            }

            var close = InciseEnd(text, words[verb.Last].End, content.End, dash);
            if (close > 0 && HasLetters(text, close + 1, content.End))
            {
                return new TextSpan(i, close);
            }
        }

        return null;
    }

    /// <summary>A dash incise closes at the next dash; a comma incise at the full stop ending the attribution, else at its next comma.</summary>
    private static int InciseEnd(string text, int from, int end, bool dash)
    {
        var limit = Math.Min(end, from + MaxInciseChars);
        var comma = -1;
        var fullStop = -1;
        for (var i = from; i < limit; i++)
        {
            if (dash && (text[i] is '–' or '—' || (text[i] == '-' && char.IsWhiteSpace(text[i - 1]))))
            {
                return i;
            }

            if (!dash && text[i] is '.' or ';' or ':')
            {
                return i;
            }

            if (!dash && text[i] is '«' or '»' or '“' or '”')
            {
                return -1;
            }

            comma = comma < 0 && text[i] == ',' ? i : comma;
            fullStop = fullStop < 0 && IsSentenceEnd(text, i, end) ? i : fullStop;
        }

        // `«… – ha commentato Favaro. Non ritengo …»`: a dash incise no second dash closes ends with its sentence.
        return dash ? fullStop : comma;
    }

    private static bool IsSentenceEnd(string text, int at, int end) =>
        text[at] == '.' && at + 2 < end && char.IsWhiteSpace(text[at + 1]) && char.IsUpper(text[at + 2]);

    private static bool HasLetters(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '.' or ',' or '-' or '–' or '—'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
