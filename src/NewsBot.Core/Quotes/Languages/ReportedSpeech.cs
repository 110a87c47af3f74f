namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A quote with no cue of its own beside a sentence that reports someone: in reported speech (`Machtlinger veranschaulichte die
/// Dynamik: Weltweit seien … verkauft worden. „…“`, `Sie habe mit ihrer Zeit abgeschlossen: „…“`, `Das werde erst geschehen, „…“`),
/// whose mood says the text is still reporting that person, found as a pronoun or dropped subject is; or ending in its source
/// (`…, wie Barisic schildert.` before a paragraph that is only a quote).
/// </summary>
internal sealed class ReportedSpeech(string text, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language, SubjectReader subjects)
{
    /// <summary>The reported person, when the words of <paramref name="span"/> outside quotes hold a verb of reported speech; else none.</summary>
    public Subject Find(TextSpan span, int anchor, int notBefore)
    {
        if (language.ReportedSpeechVerbs.Count == 0 || span.Length == 0)
        {
            return Subject.None;
        }

        var words = WordTokenizer.Tokenize(text, span.Start, span.End).Where(w => !segments.Any(s => s.Content.Contains(w.Start))).ToList();
        var verb = Enumerable.Range(0, words.Count).FirstOrDefault(i => language.ReportedSpeechVerbs.Contains(words[i].Lower) && !BesideFirstPerson(words, i), -1);
        if (words.Count < 3 || verb < 0)
        {
            return Subject.None;
        }

        // `Hanisch habe … vergeben, so Tiedemann.`: a source the sentence closes with reports it, not the person it opens with.
        var closing = new TrailingAttribution(text, language, subjects).Find(words, anchor, notBefore);
        if (closing.Found)
        {
            return closing;
        }

        // `Sie habe …`, `Barisic zählt zu jenen, die … seien`: the person or pronoun the sentence opens with.
        var opening = subjects.Opening(words, anchor, notBefore);
        if (opening.Found)
        {
            return opening;
        }

        if (words.Any(w => language.IsPlural(w.Lower, words[verb].Lower)))
        {
            // `Wir fragen sie, ob sie viel zu tun hätten. „…“`: they answer, a group the text does not name.
            return Subject.Anonymous(words[verb].Start);
        }

        foreach (var at in (int[])[verb - 1, verb + 1])
        {
            // `habe er`, `sei sie`: a pronoun beside the verb tells the gender.
            if (at >= 0 && at < words.Count && language.Pronouns.TryGetValue(words[at].Lower, out var gender))
            {
                return subjects.Refer(anchor, notBefore, gender, words[at].Start);
            }
        }

        // The reported sentence ends right before the quote: that, not its verb, is how far the cue stands.
        return subjects.Refer(anchor, notBefore, Gender.Unknown, words[^1].Start);
    }

    /// <summary>`habe ich`, `wir werde…`: beside `ich` or `wir` the form is the writer's own indicative, not reported speech.</summary>
    private bool BesideFirstPerson(List<Word> words, int verb) =>
        (verb > 0 && language.FirstPersonPronouns.Contains(words[verb - 1].Lower))
        || (verb + 1 < words.Count && language.FirstPersonPronouns.Contains(words[verb + 1].Lower));

    /// <summary>The sentence of <paramref name="paragraph"/> before <paramref name="quote"/>, quotes inside it included.</summary>
    public TextSpan SentenceBefore(TextSpan paragraph, int quote)
    {
        var end = TrimmedEnd(paragraph.Start, quote);
        return end <= paragraph.Start ? new TextSpan(end, end) : new TextSpan(QuoteContext.SentenceStart(text, paragraph, segments, end - 1), end);
    }

    /// <summary>The source the last sentence of <paramref name="paragraph"/> names in its last clause, when that sentence holds no quote.</summary>
    public Subject TrailingBefore(TextSpan paragraph, int anchor, int notBefore)
    {
        var sentence = SentenceBefore(paragraph, paragraph.End);
        if (segments.Any(s => s.OpenMark >= sentence.Start && s.OpenMark < sentence.End))
        {
            return Subject.None;
        }

        var words = WordTokenizer.Tokenize(text, sentence.Start, sentence.End);
        return words.Count < 3 ? Subject.None : new TrailingAttribution(text, language, subjects).Find(words, anchor, notBefore);
    }

    private int TrimmedEnd(int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
