namespace NewsBot.Core.Quotes;

/// <summary>
/// `Pell stated that the budget was “adequate.” Adding, “…”`: a sentence made of a reporting participle alone goes on
/// with the sentence before it, so its quote belongs to that sentence's subject, as `…, adding, “…”` would.
/// </summary>
internal static class SentenceOpeningParticiple
{
    /// <summary>The lead is one capitalised reporting participle and a comma or colon, right after a sentence's end in the same paragraph.</summary>
    public static bool Opens(string text, List<Word> lead, TextSpan paragraph, int quoteStart)
    {
        if (lead.Count != 1 || !lead[0].IsCapitalized || !ReportingVerbs.IsParticiple(lead[0].Text)
            || text.AsSpan(lead[0].End, quoteStart - lead[0].End).Trim() is not ("," or ":"))
        {
            return false;
        }

        var before = lead[0].Start - 1;
        while (before > paragraph.Start && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        if (before > paragraph.Start && text[before] is '”' or '"' or '’')
        {
            before--;
        }

        return before > paragraph.Start && text[before] is '.' or '!' or '?';
    }

    /// <summary>Who the sentence before reports: the subject of its first reporting verb (`…, Pell stated that …`).</summary>
    public static SpeakerCandidate? Speaker(string text, SentenceSubjectFinder subjects, TextSpan paragraph, Word participle)
    {
        var start = QuoteContext.SentenceStart(text, paragraph, subjects.Segments, participle.Start - 2);
        var words = WordTokenizer.Tokenize(text, start, participle.Start);
        words.RemoveAll(w => Quoted(subjects.Segments, w.Start));
        for (var i = 1; i < words.Count; i++)
        {
            if (CueWords.IsVerbAt(words, i) && !ReportingVerbs.IsParticiple(words[i].Text) && !ClosesOpeningClause(text, words, i))
            {
                return NounPhraseReader.BeforeVerb(text, words.GetRange(0, i));
            }
        }

        return null;
    }

    /// <summary>`Later, after the interview concluded, Pell stated …`: a verb right before a comma ends the opening clause, not the main one.</summary>
    private static bool ClosesOpeningClause(string text, List<Word> words, int verb) =>
        verb + 1 < words.Count && text.AsSpan(words[verb].End, words[verb + 1].Start - words[verb].End).Contains(',');

    private static bool Quoted(IReadOnlyList<QuotedSegment> segments, int position)
    {
        foreach (var segment in segments)
        {
            if (segment.Outer.Contains(position))
            {
                return true;
            }
        }

        return false;
    }
}
