namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// French, Spanish, Portuguese and Italian dialogue: a paragraph that opens with a dash is a turn of speech. An attribution inside it
/// (`— … — afirmou o ministro. — …`, `—… —dijo García—. …`, `— …, lâche-t-elle. …`) splits the speech before it from the
/// speech after it; a turn without one is an interview answer when it follows a question turn (the interviewer's
/// questions are no one's quote). A dash line with neither (a signature, a list bullet) stays out.
/// </summary>
internal static class DialogueTurns
{
    public static List<QuotedSegment> Apply(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSegment> segments, LanguageKnowledge? language)
    {
        if (language is not { Code: "fr" or "es" or "pt" or "it" })
        {
            return segments;
        }

        var turns = new List<QuotedSegment>();
        var turnFrom = new Dictionary<int, int>();
        var last = TurnKind.None;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (SpeechStart(text, paragraphs[p]) is not { } start)
            {
                last = IsBlank(text, paragraphs[p]) ? last : TurnKind.None;
                if (language.Code == "it" && MidParagraphDash.Find(text, paragraphs[p]) is >= 0 and var dash
                    && Read(text, new TextSpan(dash, paragraphs[p].End), dash + 2, p, language, TurnKind.None) is { Kind: TurnKind.Attributed } told)
                {
                    // `… le reti. – Io ho trent'anni … – ammette.`: a turn after narration, only with its attribution.
                    turns.AddRange(told.Speech);
                    turnFrom[p] = dash;
                }

                continue;
            }

            var found = Read(text, paragraphs[p], start, p, language, last);
            last = found.Kind;
            if (found.Speech.Count > 0)
            {
                turns.AddRange(found.Speech);
                turnFrom[p] = paragraphs[p].Start;
            }
        }

        if (turns.Count == 0)
        {
            return segments;
        }

        // A turn's own quotation marks are inside its speech: the turn replaces the paragraph's segments.
        return [.. segments.Where(s => !turnFrom.TryGetValue(s.Paragraph, out var from) || s.OpenMark < from).Concat(turns).OrderBy(s => s.OpenMark)];
    }

    /// <summary>Where the words of a paragraph that opens with a dash begin, or null.</summary>
    private static int? SpeechStart(string text, TextSpan paragraph)
    {
        if (paragraph.Length < 4 || text[paragraph.Start] is not ('—' or '–'))
        {
            return null;
        }

        var at = paragraph.Start + 1;
        if (text[at] == ' ')
        {
            at++;
        }

        return at < paragraph.End && (char.IsUpper(text[at]) || text[at] is '¿' or '¡' or '«' or '"' or '“') ? at : null;
    }

    private static Turn Read(string text, TextSpan paragraph, int start, int index, LanguageKnowledge language, TurnKind last)
    {
        if (DialogueAttribution.Find(text, start, paragraph.End, language) is { } attribution)
        {
            var speech = new List<QuotedSegment>();
            AddSpeech(text, paragraph.Start, start, attribution.Start, attribution.Start, index, speech);
            if (attribution.End + 1 < paragraph.End)
            {
                AddSpeech(text, attribution.End, attribution.End + 1, paragraph.End, -1, index, speech);
            }

            // `—Antes de Navidad … —responde sin dudar—.`: answering a question, a subjectless attribution still means the interviewee.
            return last == TurnKind.Question
                ? new Turn([.. speech.Select(a => a with { InterviewAnswer = true })], TurnKind.Answer)
                : new Turn(speech, TurnKind.Attributed);
        }

        var words = text.AsSpan(start, paragraph.End - start).TrimEnd();
        // In an interview the turns alternate: after an answer comes the interviewer again, even without a question mark
        // (`—Los regantes la acusan de …`); a dash line after no question is a bullet or a signature.
        if (words.Length > 0 && words[^1] is '?' || last == TurnKind.Answer)
        {
            return new Turn([], TurnKind.Question);
        }

        if (last != TurnKind.Question)
        {
            return new Turn([], TurnKind.None);
        }

        var answer = new List<QuotedSegment>();
        AddSpeech(text, paragraph.Start, start, paragraph.End, -1, index, answer);
        return new Turn([.. answer.Select(a => a with { InterviewAnswer = true })], TurnKind.Answer);
    }

    private static void AddSpeech(string text, int openMark, int start, int end, int closeMark, int index, List<QuotedSegment> speech)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '.' or ',' or '—' or '–'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '—' or '–'))
        {
            end--;
        }

        if (end - start >= 2 && text.AsSpan(start, end - start).ContainsAnyExcept(NonWords))
        {
            speech.Add(new QuotedSegment(new TextSpan(start, end), openMark, closeMark, index));
        }
    }

    private static bool IsBlank(string text, TextSpan paragraph) => text.AsSpan(paragraph.Start, paragraph.Length).IsWhiteSpace();

    private static readonly System.Buffers.SearchValues<char> NonWords = System.Buffers.SearchValues.Create(" .,;:!?¿¡-—–…0123456789");

    private enum TurnKind
    {
        None,
        Question,
        Answer,
        Attributed,
    }

    private sealed record Turn(List<QuotedSegment> Speech, TurnKind Kind);
}
