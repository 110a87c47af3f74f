using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds the subject of a sentence for cues that hang off it: participles (`…, saying, “…”`) and colon introductions
/// (`Smith took the floor: “…”`).
/// </summary>
internal sealed class SentenceSubjectFinder(string text, IReadOnlyList<QuotedSegment> segments)
{
    public IReadOnlyList<QuotedSegment> Segments => segments;

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

        words = MainClause(words, quoted);
        if (words.Count == 0)
        {
            return null;
        }

        if (FunctionWords.IsPronoun(words[0].Text))
        {
            return NounPhraseReader.Head(text, [words[0]]);
        }

        if (PronounAfterOpeningPhrase(words) is { } pronoun)
        {
            // `During the call, he asked …, called Moreau a “thief” and said, “…”`: the names after it are objects.
            return NounPhraseReader.Head(text, [pronoun]);
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

        run = RoleBridgedName.Follow(words, runs, NameInApposition(runs, run));
        var end = words.FindIndex(w => w.Start == run[^1].Start);
        return NounPhraseReader.Head(text, words.GetRange(0, end + 1));
    }

    /// <summary>
    /// `During the call, he …`, `On Monday, she …`: a personal pronoun right after the comma that closes an opening
    /// prepositional or time phrase is the sentence's subject; null when the sentence opens otherwise.
    /// </summary>
    private Word? PronounAfterOpeningPhrase(List<Word> words)
    {
        if (words.Count < 3 || !(FunctionWords.Prepositions.Contains(words[0].Lower) || FunctionWords.TimeWords.Contains(words[0].Lower)))
        {
            return null;
        }

        var comma = text.IndexOf(',', words[0].End, words[^1].End - words[0].End);
        var next = comma < 0 ? -1 : words.FindIndex(w => w.Start > comma);
        return next > 0 && words[next].Lower is "he" or "she" or "they" ? words[next] : null;
    }

    /// <summary>Words that open a subordinate clause before the main one (`When Winfrey asked …, he declined, saying`).</summary>
    private static readonly HashSet<string> Subordinators =
        ["when", "after", "before", "although", "though", "while", "whereas", "if", "unless", "because", "since", "once", "until"];

    public static bool IsSubordinator(string lower) => Subordinators.Contains(lower);

    /// <summary>
    /// `When Winfrey asked if he could share it, he declined, saying “…”`: a name inside an opening subordinate clause is not
    /// the main clause's subject, which follows the clause's comma. Without a comma the sentence is left as it is.
    /// </summary>
    private List<Word> MainClause(List<Word> words, List<QuotedSegment> quoted)
    {
        if (words.Count < 3 || !IsSubordinator(words[0].Lower))
        {
            return words;
        }

        for (var at = text.IndexOf(',', words[0].End, words[^1].End - words[0].End); at >= 0 && at < words[^1].End;
             at = text.IndexOf(',', at + 1, words[^1].End - at - 1))
        {
            if (!quoted.Exists(s => s.Outer.Contains(at)))
            {
                return words.Where(w => w.Start > at).ToList();
            }
        }

        return words;
    }

    /// <summary>
    /// `Car Talk expert, John Paul, lobbied …`: a body's name before a role noun and a comma is the role; the person is the
    /// name in apposition right after the comma.
    /// </summary>
    private List<Word> NameInApposition(List<List<Word>> runs, List<Word> run)
    {
        var next = runs.IndexOf(run) + 1;
        if (next >= runs.Count)
        {
            return run;
        }

        var between = text.AsSpan(run[^1].End, runs[next][0].Start - run[^1].End).Trim();
        if (between.Length < 3 || between[^1] != ',')
        {
            return run;
        }

        var role = between[..^1].Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return role.Length is >= 1 and <= 3 && role.All(w => w.Length > 0 && char.IsLower(w[0])) && RoleLexicon.IsRoleNoun(role[^1])
            ? runs[next]
            : run;
    }

    private bool IsIntroductory(List<Word> words, List<Word> run)
    {
        var first = words.FindIndex(w => w.Start == run[0].Start);
        var followedByComma = run[^1].End < text.Length && text[run[^1].End] == ',' && !OpensRelativeClause(words, run);
        var afterPreposition = (first > 0 && !words[first - 1].IsCapitalized && FunctionWords.Prepositions.Contains(words[first - 1].Lower))
            || AddressedNames.PrepositionBefore(words, first) >= 0;

        // `In a Fox interview later that day, Trump went further:` — names in an opening prepositional phrase.
        var firstComma = text.IndexOf(',', words[0].Start, run[0].Start - words[0].Start);
        var inOpeningPhrase = FunctionWords.Prepositions.Contains(words[0].Lower) && firstComma < 0
            && text.IndexOf(',', run[^1].End, Math.Max(0, words[^1].End - run[^1].End)) >= 0;
        return followedByComma || afterPreposition || inOpeningPhrase;
    }

    /// <summary>
    /// `Hanna Brook, who phoned in from the set, had …`: a name whose comma opens a relative clause about it is the subject;
    /// so is a name opening the sentence whose comma opens an apposition (`Lena Holt, herself a Berg supporter, drew …`,
    /// `Ivo Marsh, a pilot who flew for Berg, …`), not a name inside that apposition.
    /// </summary>
    private static bool OpensRelativeClause(List<Word> words, List<Word> run)
    {
        var next = words.FindIndex(w => w.Start > run[^1].Start);
        return next > 0 && (words[next].Lower is "who" or "whose"
            || (words[0].Start == run[0].Start && words[next].Lower is "herself" or "himself" or "a" or "an" or "the"));
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
