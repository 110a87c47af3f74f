namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A sentence of its own right after a quote that names who said it, as Italian wire copy writes it: `«…». Lo ha detto il
/// ministro Paolo Ferretti`, `«…». È quanto dichiara Chiara Rinaldi`, `«…». Così il sottosegretario Livio Marchesi, al
/// termine …`, `«…». A dirlo è stato Ernesto Caruso`. Only the sentence's opening counts, so a sentence that goes on about
/// something else (`Così facendo, …`, `Lo scorso anno …`) names no one.
/// </summary>
internal sealed class FollowingSentenceAttribution(string text, LanguageKnowledge language, SubjectReader subjects)
{
    /// <summary>
    /// The source the sentence after <paramref name="segment"/> names, when a sentence ends with the quote (`». Lo`, `.» Lo`)
    /// and the next one, in the same paragraph, opens as an attribution; <paramref name="end"/> is where that paragraph or
    /// the next quote starts.
    /// </summary>
    public Subject Find(QuotedSegment segment, int end, int notBefore)
    {
        if (segment.IsOpenEnded || end <= segment.Outer.End)
        {
            return Subject.None;
        }

        var words = WordTokenizer.Tokenize(text, segment.Outer.End, end);
        if (words.Count < 2 || !words[0].IsCapitalized)
        {
            return Subject.None;
        }

        var gap = text.AsSpan(segment.Outer.End, words[0].Start - segment.Outer.End);
        var content = text.AsSpan(segment.Content.Start, segment.Content.Length).TrimEnd();
        var sentenceEnds = gap.IndexOfAny(".!?") >= 0 || (content.Length > 0 && content[^1] is '.' or '!' or '?' or '…');
        return sentenceEnds && gap.IndexOfAny(",;:") < 0 ? Read(FirstSentence(words), segment.OpenMark, notBefore) : Subject.None;
    }

    /// <summary>The source named by a sentence that opens as an attribution (`Lo ha detto X.`), else none.</summary>
    public Subject Read(List<Word> sentence, int anchor, int notBefore)
    {
        if (sentence.Count < 2)
        {
            return Subject.None;
        }

        if (WordPhrases.Matches(sentence, 0, language.FollowingSourceOpeners) is > 0 and var opener)
        {
            // `Così il ministro Carlo Benassi, arrivando …`: the source with no verb at all.
            return Named(subjects.After(sentence, opener, anchor, notBefore));
        }

        var at = WordPhrases.Matches(sentence, 0, language.FollowingVerbOpeners);
        if (at == 0 && sentence[0].Lower == "a" && language.CliticInfinitives.Contains(sentence[1].Lower))
        {
            // `A dirlo è stato il ministro`: the infinitive with its clitic, then the copula, then the subject.
            at = 2;
            while (at < sentence.Count && language.Copulas.Contains(sentence[at].Lower))
            {
                at++;
            }

            return at > 2 ? Named(subjects.After(sentence, at, anchor, notBefore)) : Subject.None;
        }

        if (at == 0 || at >= sentence.Count || VerbMatch.At(sentence, at, language) is not { Pronoun: null } verb || verb.First != at)
        {
            return Subject.None;
        }

        var subject = subjects.After(sentence, verb.Last + 1, anchor, notBefore);
        return subject.Found || !language.DropsSubject ? subject : subjects.Refer(anchor, notBefore, Gender.Unknown, sentence[verb.First].Start);
    }

    /// <summary>A name, or a description the article resolves to one person; a bare word after `Così` is no source.</summary>
    private static Subject Named(Subject subject) =>
        subject.Candidate is { Kind: CandidateKind.Name } or { Kind: CandidateKind.Description, Resolved: true } ? subject : Subject.None;

    /// <summary>`27. ` of `der 27. UN-Klimakonferenz` in a language that writes ordinals with a full stop.</summary>
    private bool IsOrdinal(Word word, ReadOnlySpan<char> gap) =>
        language.OrdinalDot && gap.Trim().SequenceEqual(".") && word.Text.Length <= 3 && word.Text.All(char.IsAsciiDigit);

    private List<Word> FirstSentence(List<Word> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            if (gap.IndexOfAny(".!?") >= 0 && !IsOrdinal(words[i - 1], gap))
            {
                return words[..i];
            }
        }

        return words;
    }
}
