using System.Buffers;
using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Printed interviews set each turn after a label and a colon, with no quotation marks (`Frage: Wie geht es dem Wald?`
/// / `Abendroth: Besser als vor drei Jahren …`; Romance `P:`/`R:`, `D:`/`R:`, `Q:`/`R:`, or a letter and a full stop, `P.`/`R.`; the bold of the label is lost in plain text). Each answer paragraph is the
/// interviewee's (<see cref="Interviewee"/> names them). Only with at least two question turns and two answer turns, all
/// answers under one label: two answering labels make a debate, which this does not attribute.
/// </summary>
internal static class LabelledInterviewAnswers
{
    private const int MinTurns = 2;
    private const int MaxLabelLength = 40;
    private const int MinAnswerLength = 20;

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("«»“”„\"");

    /// <summary>The interviewer's labels: German `Frage:`, Spanish `P:` (`pregunta`), Italian `D:` (`domanda`), French `Q:`, Portuguese `P:`.</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> QuestionLabels = new Dictionary<string, FrozenSet<string>>
    {
        ["de"] = LanguageKnowledge.Set("frage", "f", "interviewer", "interviewerin", "redaktion"),
        ["es"] = LanguageKnowledge.Set("p", "pregunta"),
        ["it"] = LanguageKnowledge.Set("d", "domanda"),
        ["fr"] = LanguageKnowledge.Set("q", "question"),
        ["pt"] = LanguageKnowledge.Set("p", "pergunta"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static List<QuotedSegment> Add(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSegment> segments, LanguageKnowledge? language)
    {
        if (language is null || !QuestionLabels.TryGetValue(language.Code, out var questionLabels))
        {
            return segments;
        }

        var questions = 0;
        string? answerLabel = null;
        var answers = new List<(TextSpan Span, int Paragraph)>();
        for (var p = 1; p < paragraphs.Count; p++)
        {
            var raw = text.AsSpan(paragraphs[p].Start, paragraphs[p].Length);
            var trimmed = raw.Trim();
            if (Label(trimmed) is not { } label || trimmed.IndexOfAny(QuoteMarks) >= 0)
            {
                continue;
            }

            if (questionLabels.Contains(label.ToLowerInvariant()))
            {
                questions++;
                continue;
            }

            if (answerLabel is not null && answerLabel != label)
            {
                return segments;
            }

            answerLabel = label;
            var offset = paragraphs[p].Start + (raw.Length - raw.TrimStart().Length) + label.Length + 1;
            var answer = text.AsSpan(offset, paragraphs[p].Start + paragraphs[p].Length - offset);
            var start = offset + (answer.Length - answer.TrimStart().Length);
            var length = answer.Trim().Length;
            if (length >= MinAnswerLength)
            {
                answers.Add((new TextSpan(start, start + length), p));
            }
        }

        if (questions < MinTurns || answers.Count < MinTurns)
        {
            return segments;
        }

        var added = answers.Select(a => new QuotedSegment(a.Span, a.Span.Start, -1, a.Paragraph) { InterviewAnswer = true });
        return [.. segments.Concat(added).OrderBy(s => s.OpenMark)];
    }

    /// <summary>`Frage`, `Abendroth`, `Katrin Abendroth`: one to three capitalised words before a colon that opens the paragraph.</summary>
    private static string? Label(ReadOnlySpan<char> paragraph)
    {
        // `P. ¿…?` / `R. …`: Spanish and Italian papers also set a one-letter label with a full stop, and no colon.
        if (paragraph.Length > 3 && char.IsUpper(paragraph[0]) && paragraph[1] == '.' && paragraph[2] == ' ')
        {
            return paragraph[..1].ToString();
        }

        var colon = paragraph[..Math.Min(paragraph.Length, MaxLabelLength)].IndexOf(':');
        if (colon <= 0 || colon + 1 >= paragraph.Length || !char.IsWhiteSpace(paragraph[colon + 1]))
        {
            return null;
        }

        var label = paragraph[..colon];
        var words = 0;
        var wordStart = true;
        foreach (var c in label)
        {
            if (wordStart && !char.IsUpper(c))
            {
                return null;
            }

            if (!(char.IsLetter(c) || c is ' ' or '-' or '.'))
            {
                return null;
            }

            words += wordStart ? 1 : 0;
            wordStart = c == ' ';
        }

        return words is >= 1 and <= 3 ? label.ToString() : null;
    }
}
