using System.Buffers;
using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// French and Portuguese interviews whose answers stand in plain paragraphs, with no marks and no dash (`Que demandez-vous à
/// l'État ?` / `Un plan de sobriété contraignant…`): the paragraph right after a plain question is the interviewee's answer
/// (<see cref="Interviewee"/> names them). Only with at least three such pairs, most of whose answers speak in the first
/// person or that the article calls an interview before its first question: an explainer's `Qui est concerné ?` / `Les
/// salariés du privé…` answers in the third. A portrait interview puts
/// narration between an answer and the next question (`Un silence. Puis un rire.`), so only the first paragraph counts.
/// </summary>
internal static class PlainInterviewAnswers
{
    private const int MinPairs = 3;
    private const int MaxQuestionLength = 300;
    private const int MinAnswerLength = 20;

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("«»“”„\"—–");

    private static readonly string[] InterviewWords = ["entretien", "interview", "entrevista"];

    private static readonly FrozenDictionary<string, FrozenSet<string>> FirstPersonWords = new Dictionary<string, FrozenSet<string>>
    {
        ["fr"] = LanguageKnowledge.Set("je", "j", "nous", "me", "m", "moi", "mon", "ma", "mes", "notre", "nos"),
        ["pt"] = LanguageKnowledge.Set("eu", "nós", "me", "mim", "comigo", "meu", "minha", "meus", "minhas", "nosso", "nossa", "nossos", "nossas"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static List<QuotedSegment> Add(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSegment> segments, LanguageKnowledge? language)
    {
        if (language is null || !FirstPersonWords.TryGetValue(language.Code, out var firstPerson))
        {
            return segments;
        }

        var answers = Pairs(text, paragraphs, segments);
        if (answers.Count < MinPairs
            || (FirstPersonCount(text, answers, firstPerson) * 2 < answers.Count && !SaysInterview(text, paragraphs, answers[0].Paragraph)))
        {
            return segments;
        }

        var added = answers.Select(a => new QuotedSegment(a.Span, a.Span.Start, -1, a.Paragraph) { InterviewAnswer = true });
        return [.. segments.Concat(added).OrderBy(s => s.OpenMark)];
    }

    /// <summary>Each plain question paragraph (not the title) with the plain statement paragraph right after it.</summary>
    private static List<(TextSpan Span, int Paragraph)> Pairs(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSegment> segments)
    {
        var pairs = new List<(TextSpan, int)>();
        var question = false;
        for (var p = 1; p < paragraphs.Count; p++)
        {
            var raw = text.AsSpan(paragraphs[p].Start, paragraphs[p].Length);
            var words = raw.Trim();
            if (words.IsEmpty)
            {
                continue;
            }

            var plain = words.IndexOfAny(QuoteMarks) < 0 && !HasSegment(segments, p);
            var asks = plain && words[^1] == '?' && words.Length <= MaxQuestionLength;
            if (question && plain && !asks && words.Length >= MinAnswerLength)
            {
                var start = paragraphs[p].Start + raw.Length - raw.TrimStart().Length;
                pairs.Add((new TextSpan(start, start + words.Length), p));
            }

            question = asks;
        }

        return pairs;
    }

    /// <summary>`Entretien.` closing the lead, `Entrevista. Marta …` in the title: the article calls itself an interview before the first question.</summary>
    private static bool SaysInterview(string text, IReadOnlyList<TextSpan> paragraphs, int firstAnswer)
    {
        foreach (var p in (int[])[0, firstAnswer - 2])
        {
            if (p < 0)
            {
                continue;
            }

            var paragraph = text.AsSpan(paragraphs[p].Start, paragraphs[p].Length);
            foreach (var word in InterviewWords)
            {
                if (paragraph.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasSegment(List<QuotedSegment> segments, int paragraph)
    {
        foreach (var segment in segments)
        {
            if (segment.Paragraph == paragraph)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstPersonCount(string text, List<(TextSpan Span, int Paragraph)> answers, FrozenSet<string> firstPerson)
    {
        var count = 0;
        foreach (var (span, _) in answers)
        {
            count += SpeaksInFirstPerson(text.AsSpan(span.Start, span.Length), firstPerson) ? 1 : 0;
        }

        return count;
    }

    private static bool SpeaksInFirstPerson(ReadOnlySpan<char> answer, FrozenSet<string> firstPerson)
    {
        var lookup = firstPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[8];
        var start = -1;
        for (var i = 0; i <= answer.Length; i++)
        {
            if (i < answer.Length && char.IsLetter(answer[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start <= lower.Length)
            {
                var length = answer[start..i].ToLowerInvariant(lower);
                if (lookup.Contains(lower[..length]))
                {
                    return true;
                }
            }

            start = -1;
        }

        return false;
    }
}
