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
            if (!segments[i].InterviewAnswer || rules[i] is { Speaker: not null, Source: AttributionSource.Cue or AttributionSource.Label })
            {
                continue;
            }

            marked ??= InterviewMarker.Present(text, segments);
            if (!marked.Value)
            {
                return rules;
            }

            var person = Named(names);
            if (person is null || person.Span.Start > segments[i].OpenMark)
            {
                return rules;
            }

            // `Ximena Arredondo: «…»` in the title, `Ximena Arredondo Lagos dirige …` in the lead: the answers are the fuller name's.
            var full = LeadingNameForm.Extend(names, null, person.Words, segments[i].OpenMark) ?? person;
            rules[i] = new Attribution(full.Text, null, false) { Source = AttributionSource.ResumedTurn, Confidence = Confidence };
        }

        return rules;
    }

    /// <summary>
    /// The first full name the article comes back to (`Mondini` in the title, the questions and the close), else the first
    /// full name: a body read as a name before it (`La leader di Sinistra Nuova, Valeria Mondini`) is named once.
    /// </summary>
    private static NameMention? Named(NameIndex names)
    {
        NameMention? first = null;
        foreach (var mention in names.Mentions)
        {
            if (mention.Kind != NameKind.Person || mention.InsideQuote || mention.Words.Count < 2)
            {
                continue;
            }

            first ??= mention;
            if (names.Mentions.Any(m => m != mention && m.LastWord == mention.LastWord && !m.InsideQuote))
            {
                return mention;
            }
        }

        return first;
    }
}
