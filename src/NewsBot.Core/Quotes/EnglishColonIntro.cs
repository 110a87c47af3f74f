namespace NewsBot.Core.Quotes;

/// <summary>
/// The English lead with no reporting verb near the quote: only a colon (or `statement,`) can still hand the quote to
/// someone, the name right before it or the sentence's subject, unless the name is a venue or the one addressed.
/// </summary>
internal sealed class EnglishColonIntro(string text, SentenceSubjectFinder subjects)
{
    /// <summary>`Peskov: “…”` or `Smith took the floor: “…”` — a colon hands the quote to the name before it or the subject.</summary>
    public SpeakerCandidate? Find(List<Word> lead, TextSpan paragraph, int quoteStart)
    {
        var end = lead[^1].End;
        if (ParentheticalAside.Strip(text, lead) is { } bare)
        {
            (lead, end) = bare;
        }

        var rest = text.AsSpan(end, Math.Min(text.Length, end + 3) - end).TrimStart();
        var statement = CueWords.IsStatementNoun(lead[^1].Lower) && rest.StartsWith(",");
        if (!rest.StartsWith(":") && !statement)
        {
            return null;
        }

        if (LeadPhrases.TopicalSpeaker(text, lead) is { } topical)
        {
            return topical;
        }

        var runs = NameMentionReader.Runs(text, lead);
        if (runs.Count == 1 && ColonVenue.IsVenue(lead, runs[0]))
        {
            return null;
        }

        if (runs.Count > 1 && ColonVenue.EndsAtPlace(lead, runs[^1]))
        {
            return subjects.Find(paragraph, quoteStart, end);
        }

        // `Fell delivered a blunt message to Brandt:`: the name addressed is not the one speaking.
        return runs.Count > 0 && runs[^1][^1].Start == lead[^1].Start && AddressedNames.AtEnd(lead) < 0
            ? NounPhraseReader.Head(text, lead)
            : subjects.Find(paragraph, quoteStart, end);
    }
}
