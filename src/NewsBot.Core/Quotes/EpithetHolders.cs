namespace NewsBot.Core.Quotes;

/// <summary>
/// The people an article tied an epithet's words to before a position: the person nearest each occurrence in its sentence
/// (`Ibarra, the Spanish forward signed …`, `Spanish forward Javier Ibarra`), outside quotes.
/// </summary>
internal static class EpithetHolders
{
    /// <summary>The full name of the one person tied to these words before the position, or null when none or several are.</summary>
    public static string? Single(string text, NameIndex names, IReadOnlyList<string> words, int position)
    {
        string? holder = null;
        foreach (var word in words)
        {
            foreach (var at in WordOccurrences.Before(text, word, position))
            {
                if (names.InsideQuote(at) || NearestPerson(text, names, at, word.Length, position) is not { } person)
                {
                    continue;
                }

                if (holder is not null && !LastWord(holder).Equals(LastWord(person), StringComparison.Ordinal))
                {
                    return null;
                }

                holder ??= person;
            }
        }

        return holder;
    }

    private static string? NearestPerson(string text, NameIndex names, int at, int length, int position)
    {
        var (start, end) = Sentence(text, at, position);
        NameMention? nearest = null;
        var best = int.MaxValue;
        foreach (var mention in names.Mentions)
        {
            if (mention.Span.Start < start || mention.Span.End > end || mention.Kind != NameKind.Person || mention.InsideQuote || mention.Modifier
                || (mention.Span.Start < at + length && mention.Span.End > at) || Demonyms.TyingWordsOf(mention.Text) is not null)
            {
                continue;
            }

            var distance = mention.Span.End <= at ? at - mention.Span.End : mention.Span.Start - at - length;
            if (mention.Span.Start >= at + length && distance <= 30 && text.AsSpan(at + length, distance).IndexOfAny(ClauseBreaks) < 0)
            {
                // `Spanish defender Luis Orduña`: the name the epithet's word qualifies comes first, however near another is.
                distance = -1;
            }

            if (distance < best)
            {
                (nearest, best) = (mention, distance);
            }
        }

        return nearest is null ? null : names.FullForm(nearest.Words, nearest.Span.Start)?.Text ?? nearest.Text;
    }

    private static readonly char[] ClauseBreaks = [',', ';', ':', '(', ')'];

    private static (int Start, int End) Sentence(string text, int at, int position)
    {
        var start = at;
        while (start > 0 && text[start - 1] != '\n' && !SentenceBoundaries.IsEnd(text, start - 1, text.Length))
        {
            start--;
        }

        var end = at;
        while (end < position && text[end] != '\n' && !SentenceBoundaries.IsEnd(text, end, text.Length))
        {
            end++;
        }

        return (start, end);
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];
}
