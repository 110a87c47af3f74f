using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds the subject of a sentence for cues that hang off it: participles (`…, saying, “…”`) and colon introductions
/// (`Smith took the floor: “…”`).
/// </summary>
internal sealed class SentenceSubjectFinder(string text, IReadOnlyList<QuotedSegment> segments)
{
    /// <summary>The first name or pronoun of the sentence that holds <paramref name="anchor"/>, read up to <paramref name="before"/>.</summary>
    public SpeakerCandidate? Find(TextSpan paragraph, int anchor, int before)
    {
        var start = QuoteContext.SentenceStart(text, paragraph, segments, anchor - 1);
        var quoted = segments.Where(s => s.Outer.Start < before && s.Outer.End > start).ToList();
        var words = WordTokenizer.Tokenize(text, start, before);
        if (quoted.Count > 0)
        {
            words.RemoveAll(w => quoted.Exists(s => s.Outer.Contains(w.Start)));
        }

        if (words.Count == 0)
        {
            return null;
        }

        if (FunctionWords.IsPronoun(words[0].Text))
        {
            return NounPhraseReader.Head(text, [words[0]]);
        }

        // The subject is the first name that is not a dateline, a place after a preposition or an opening phrase (`Hours later,`).
        var runs = NameMentionReader.Runs(text, words).Where(r => !IsDateline(r)).ToList();
        if (runs.Count > 0 && runs[0][0].Start == words[0].Start && IsOpeningWord(runs[0]))
        {
            // `Immediately after the attacks, Trump …`: the subject follows the opening phrase's comma; without one
            // (`Hundreds of demonstrators marched …`) the subject is no name.
            var comma = text.IndexOf(',', words[0].End, before - words[0].End);
            runs = comma < 0 ? [] : runs.Where(r => r[0].Start > comma).ToList();
        }

        var run = runs.FirstOrDefault(r => !IsIntroductory(words, r)) ?? runs.FirstOrDefault();
        if (run is null)
        {
            return null;
        }

        var end = words.FindIndex(w => w.Start == run[^1].Start);
        return NounPhraseReader.Head(text, words.GetRange(0, end + 1));
    }

    private bool IsIntroductory(List<Word> words, List<Word> run)
    {
        var first = words.FindIndex(w => w.Start == run[0].Start);
        var followedByComma = run[^1].End < text.Length && text[run[^1].End] == ',';
        var afterPreposition = (first > 0 && !words[first - 1].IsCapitalized && FunctionWords.Prepositions.Contains(words[first - 1].Lower))
            || AddressedNames.PrepositionBefore(words, first) >= 0;

        // `In a Fox interview later that day, Trump went further:` — names in an opening prepositional phrase.
        var firstComma = text.IndexOf(',', words[0].Start, run[0].Start - words[0].Start);
        var inOpeningPhrase = FunctionWords.Prepositions.Contains(words[0].Lower) && firstComma < 0
            && text.IndexOf(',', run[^1].End, Math.Max(0, words[^1].End - run[^1].End)) >= 0;
        return followedByComma || afterPreposition || inOpeningPhrase;
    }

    /// <summary>
    /// `Immediately`, `Appearing`, `Hundreds`: a common word opening the sentence, which the article never capitalises inside
    /// one (`Bush` it does), is no name.
    /// </summary>
    private bool IsOpeningWord(List<Word> run)
    {
        var word = run[0].Text;
        // The entity flags first: they need no language's common words, which load on the first word that gets past them.
        return run.Count == 1
            && (EntityLexicon.Shared.EntityFlags(word) & (LexiconFlags.GivenName | LexiconFlags.Surname | LexiconFlags.OrganisationWord)) == 0
            && EntityLexicon.Shared.Lookup(word).HasFlag(LexiconFlags.CommonWord)
            && !CapitalisedInsideSentence(word);
    }

    private bool CapitalisedInsideSentence(string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = text.AsSpan(0, at).TrimEnd(' ');
            var end = at + word.Length;
            var whole = end == text.Length || !char.IsLetter(text[end]);
            if (whole && before.Length > 0 && (char.IsLetter(before[^1]) || before[^1] == ','))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDateline(List<Word> run) => run.All(w => w.Text.Length >= 4 && w.Text.All(c => !char.IsLower(c)));
}
