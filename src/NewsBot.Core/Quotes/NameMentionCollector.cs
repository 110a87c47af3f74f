using NewsBot.Core.Quotes.Entities;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Reads the article's name mentions in order and marks where each stands (inside a quote, opening a sentence, a reporting
/// verb's subject, addressed, a modifier): the facts every later antecedent query filters on, worked out once per article.
/// </summary>
internal static class NameMentionCollector
{
    public static List<NameMention> Collect(string text, IReadOnlyList<Word> words, IReadOnlyList<QuotedSegment> segments)
    {
        var mentions = new List<NameMention>();
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        Func<string, bool> knownSurname = surnames.Contains;
        foreach (var written in NameMentionReader.Runs(text, words))
        {
            var run = LeadingPreposition.StripFused(written);
            if (run.Count == 0 || WireDateline.IsPlace(text, run[0], run[^1]))
            {
                continue;
            }

            var mention = NameMentionReader.Read(text, run, knownSurname);
            if (mention is null)
            {
                continue;
            }

            if (mention.Kind == NameKind.Person)
            {
                surnames.Add(mention.LastWord);
            }

            var first = IndexAfter(words, run[0].Start) - 1;
            var last = first + run.Count - 1;
            mentions.Add(mention with
            {
                InsideQuote = InsideAnyQuote(segments, mention.Span.Start),
                OpensSentence = OpensSentence(text, run[0].Start),
                SubjectOfReportingVerb = NextWordIsReportingVerb(text, words, run[^1]) && !MentionPosition.IsGovernedByPreposition(words, first),
                Addressed = MentionPosition.IsAddressed(words, first),
                Modifier = MentionPosition.IsModifier(words, first, last) || MentionPosition.IsArticleNoun(words, first, last)
                    || MentionPosition.IsFirmPart(text, words, first, last),
                FollowsOpeningPhrase = OpeningPhraseSubject.Follows(text, words, first, last) || PossessiveOwnerApposition.Is(text, words, first)
                    || BodyRoleLead.Follows(text, words, first),
                PlaceObject = LocativeObject.Is(text, words, first, last, mention),
            });
        }

        return InvertedTailSubject.Mark(text, IntroducedBody.Mark(text, mentions));
    }

    /// <summary>Segments are in text order: a binary search finds the one that could hold <paramref name="position"/>.</summary>
    public static bool InsideAnyQuote(IReadOnlyList<QuotedSegment> segments, int position)
    {
        var (low, high) = (0, segments.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (segments[middle].Content.Start <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && segments[high].Content.Contains(position);
    }

    /// <summary>`… Chief Executive Satya Nadella said that …`: the name a reporting verb follows is who spoke, wherever the sentence starts.</summary>
    private static bool NextWordIsReportingVerb(string text, IReadOnlyList<Word> words, Word last)
    {
        // `Pirro’s comments`: the name owns the noun after it; it is no verb's subject.
        if (last.End + 1 < text.Length && text[last.End] is '’' or '\'' && text[last.End + 1] == 's')
        {
            return false;
        }

        // `Cllr Derek Vasey (Con, Fairbourne North) said`: a name closing a parenthesis is an aside (a ward, a party), not who spoke.
        if (last.End < text.Length && text[last.End] == ')')
        {
            return false;
        }

        var next = IndexAfter(words, last.Start);
        return next < words.Count && CueWords.IsVerb(words[next]);
    }

    /// <summary>The index of the first word starting after <paramref name="position"/> (words are in text order).</summary>
    private static int IndexAfter(IReadOnlyList<Word> words, int position)
    {
        var (low, high) = (0, words.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (words[middle].Start <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private static bool OpensSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || QuoteMarks.IsOpeningChar(text[i])))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' || text[i] == '\n';
    }
}
