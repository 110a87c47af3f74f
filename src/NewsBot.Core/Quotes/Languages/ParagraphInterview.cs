using System.Buffers;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Italian and Spanish papers print an interview as plain question paragraphs, each answered by a paragraph that is nothing
/// but a quotation (`Quante persone aspettate in piazza?` / `«Non faccio previsioni…»`). An answer follows a question
/// ending in `?`; once the turns alternate, a plain paragraph between two answers is the next question even without one
/// (`Il premier l'ha definita «la regina del no».`). Such answers are the interviewee's (<see cref="Interviewee"/>), not a
/// turn carried on from whoever the question named. Dash dialogue is <see cref="DialogueTurns"/>'s.
/// </summary>
internal static class ParagraphInterview
{
    private const int MinQuestions = 2;

    private static readonly SearchValues<char> NoWords = SearchValues.Create(" \t\r\n\u00a0.,;:!?\"'“”‘’«»()-–—…");

    public static List<QuotedSegment> Mark(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSegment> segments, LanguageKnowledge? language)
    {
        if (language is not { Code: "it" or "es" } || segments.Count < 2)
        {
            return segments;
        }

        var answers = AnswerParagraphs(text, paragraphs, segments);
        return answers.Count == 0 ? segments : [.. segments.Select(s => answers.Contains(s.Paragraph) && !s.InterviewAnswer ? s with { InterviewAnswer = true } : s)];
    }

    /// <summary>
    /// Question-and-answer pairs (a plain paragraph, then one of nothing but a quotation) that follow one another make a chain:
    /// a chain with two questions ending in `?` is an interview, and every answer in it counts, the first included when the
    /// opening question is a statement (`Onorevole Mondini, il governo dice che …`).
    /// </summary>
    private static HashSet<int> AnswerParagraphs(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSegment> segments)
    {
        var quoteOnly = QuoteOnlyParagraphs(text, paragraphs, segments);
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
            asked += text.AsSpan(paragraphs[question].Start, paragraphs[question].Length).TrimEnd().EndsWith("?") ? 1 : 0;
            lastAnswer = p;
        }

        Close(chain, asked, answers);
        return answers;
    }

    /// <summary>One question mark before a quotation is a rhetorical question in a report; two make an interview.</summary>
    private static void Close(List<int> chain, int asked, HashSet<int> answers)
    {
        if (asked >= MinQuestions)
        {
            answers.UnionWith(chain);
        }
    }

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

    private static bool HasWords(string text, int start, int end) => end > start && text.AsSpan(start, end - start).ContainsAnyExcept(NoWords);
}
