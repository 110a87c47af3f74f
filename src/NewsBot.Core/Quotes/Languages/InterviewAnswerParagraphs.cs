using System.Buffers;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Printed interviews: plain question paragraphs, each answered by a paragraph of nothing but a quotation
/// (`Frau Kessler, wie war der Jahrgang?` / `„Klein, aber sehr gut.“`; `Quante persone aspettate?` / `«Non faccio previsioni…»`).
/// An answer marked here goes to the interviewee (<see cref="Interviewee"/>), not to whoever the question named. Two rules:
/// <list type="bullet">
/// <item>one pair, any language: one closed quotation filling its paragraph right after a plain question (ending in `?`, no
/// quotation marks: a quoted question is someone's turn in a reported dialogue, not the interviewer's);</item>
/// <item>a chain, Italian and Spanish: pairs following one another (a plain paragraph, then one of nothing but quotations) with
/// at least two questions ending in `?` make an interview, and every answer in it counts, also after a question put as a
/// statement (`Il premier l'ha definita «la regina del no».`).</item>
/// </list>
/// Dash dialogue is <see cref="DialogueTurns"/>'s.
/// </summary>
internal static class InterviewAnswerParagraphs
{
    private const int MinChainQuestions = 2;

    private static readonly SearchValues<char> NoWords = SearchValues.Create(" \t\r\n\u00a0.,;:!?\"'“”‘’«»()-–—…");

    private static readonly SearchValues<char> QuestionQuoteMarks = SearchValues.Create("„“”\"«»");

    public static List<QuotedSegment> Mark(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSegment> segments, LanguageKnowledge? language)
    {
        var quoteOnly = QuoteOnlyParagraphs(text, paragraphs, segments);
        // The chain rule was built and measured on Italian and Spanish interviews; elsewhere a statement paragraph between two
        // quotations is more often narration than an unmarked question, so other languages keep to single pairs.
        var chainAnswers = language is { Code: "it" or "es" } ? ChainAnswers(text, paragraphs, quoteOnly) : [];
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!segment.InterviewAnswer && (chainAnswers.Contains(segment.Paragraph) || AnswersPlainQuestion(text, paragraphs, segments, i, quoteOnly)))
            {
                segments[i] = segment with { InterviewAnswer = true };
            }
        }

        return segments;
    }

    private static bool AnswersPlainQuestion(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSegment> segments, int i, HashSet<int> quoteOnly)
    {
        var segment = segments[i];
        return !segment.IsOpenEnded && segment.ContinuesSegment < 0 && quoteOnly.Contains(segment.Paragraph)
            && (i == 0 || segments[i - 1].Paragraph != segment.Paragraph)
            && (i == segments.Count - 1 || segments[i + 1].Paragraph != segment.Paragraph)
            && IsPlainQuestion(text, paragraphs, PreviousNonBlank(text, paragraphs, segment.Paragraph));
    }

    private static bool IsPlainQuestion(string text, IReadOnlyList<TextSpan> paragraphs, int index) =>
        index >= 0 && EndsInQuestionMark(text, paragraphs[index]) && text.AsSpan(paragraphs[index].Start, paragraphs[index].Length).IndexOfAny(QuestionQuoteMarks) < 0;

    /// <summary>Chains of question-and-answer pairs that follow one another; a chain with too few `?` questions is a report's rhetoric.</summary>
    private static HashSet<int> ChainAnswers(string text, IReadOnlyList<TextSpan> paragraphs, HashSet<int> quoteOnly)
    {
        var answers = new HashSet<int>();
        var chain = new List<int>();
        var asked = 0;
        var lastAnswer = -1;
        foreach (var p in quoteOnly.Order())
        {
            var question = PreviousNonBlank(text, paragraphs, p);
            if (question < 0 || quoteOnly.Contains(question))
            {
                continue;
            }

            if (PreviousNonBlank(text, paragraphs, question) != lastAnswer)
            {
                Close(chain, asked, answers);
                (chain, asked) = ([], 0);
            }

            chain.Add(p);
            asked += EndsInQuestionMark(text, paragraphs[question]) ? 1 : 0;
            lastAnswer = p;
        }

        Close(chain, asked, answers);
        return answers;
    }

    private static void Close(List<int> chain, int asked, HashSet<int> answers)
    {
        if (asked >= MinChainQuestions)
        {
            answers.UnionWith(chain);
        }
    }

    /// <summary>Paragraphs of nothing but quotations and the punctuation around them.</summary>
    private static HashSet<int> QuoteOnlyParagraphs(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSegment> segments)
    {
        var result = new HashSet<int>();
        var i = 0;
        while (i < segments.Count)
        {
            var p = segments[i].Paragraph;
            var position = paragraphs[p].Start;
            var words = false;
            for (; i < segments.Count && segments[i].Paragraph == p; i++)
            {
                words |= HasWords(text, position, segments[i].OpenMark);
                position = Math.Max(position, segments[i].Outer.End);
            }

            if (!words && !HasWords(text, position, paragraphs[p].End))
            {
                result.Add(p);
            }
        }

        return result;
    }

    private static int PreviousNonBlank(string text, IReadOnlyList<TextSpan> paragraphs, int p)
    {
        for (var q = p - 1; q >= 0; q--)
        {
            if (HasWords(text, paragraphs[q].Start, paragraphs[q].End))
            {
                return q;
            }
        }

        return -1;
    }

    private static bool EndsInQuestionMark(string text, TextSpan paragraph) => text.AsSpan(paragraph.Start, paragraph.Length).TrimEnd().EndsWith("?");

    private static bool HasWords(string text, int start, int end) => end > start && text.AsSpan(start, end - start).ContainsAnyExcept(NoWords);
}
