namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// An interview's answers carry no attribution: the interviewee, the first person the article names (in its title or
/// lead: `Entretien avec la ministre …, Aminata Sow`, `Entrevista: Luíza Takahashi, presidente …`), said them, once the
/// article shows itself to be an interview (<see cref="InterviewMarker"/>).
/// </summary>
internal static class Interviewee
{
    private const double Confidence = 0.75;

    public static Attribution[] Answers(string text, IReadOnlyList<QuotedSegment> segments, NameIndex names, Attribution[] rules)
    {
        var marked = (bool?)null;
        for (var i = 0; i < segments.Count; i++)
        {
            if (!segments[i].InterviewAnswer || rules[i].Speaker is not null)
            {
                continue;
            }

            marked ??= InterviewMarker.Present(text, segments);
            if (!marked.Value)
            {
                return rules;
            }

            var person = names.Mentions.FirstOrDefault(m => m.Kind == NameKind.Person && !m.InsideQuote && m.Words.Count > 1);
            if (person is null || person.Span.Start > segments[i].OpenMark)
            {
                return rules;
            }

            rules[i] = new Attribution(person.Text, null, false) { Source = AttributionSource.ResumedTurn, Confidence = Confidence };
        }

        return rules;
    }
}
