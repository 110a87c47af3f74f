using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `a council official who spoke anonymously said`, `As one buyer on the Harbour market wrote`, `A spokesman for Platte
/// Water declined to address the FBI's report but said`: the reporting verb's subject is a person the article describes
/// without naming (an indefinite article or `one` before a person noun). The quote is that unnamed person's, so the cue
/// yields the description, which names no one, rather than a name from a prepositional phrase, an opening clause or
/// the rest of the sentence.
/// </summary>
internal static class DescribedSubject
{
    private const int MaxWordsBeforeNoun = 4;
    private const int MaxWordsBetweenNounAndVerb = 14;

    private static readonly HashSet<string> Indefinites = ["a", "an", "one", "another"];

    /// <summary>Sentence openers that leave the subject right after them (`As one tester noted`).</summary>
    private static readonly HashSet<string> Openers = ["as", "but", "and", "yet", "still", "so"];

    /// <summary>Person nouns the role lexicon lacks; endings such as -er or -ent are left out (`a number`, `a statement`).</summary>
    private static readonly HashSet<string> PersonNouns =
    [
        "user", "fan", "man", "woman", "person", "guest", "parent", "buyer", "seller", "reader", "tester", "reviewer", "viewer",
        "customer", "shopper", "driver", "listener", "player", "caller", "commenter", "poster", "follower", "farmer", "dealer",
        "trader", "banker", "insider", "participant", "patient", "client", "agent", "assistant", "immigrant", "migrant", "passenger",
    ];

    private static readonly string[] PersonEndings = ["or", "ist", "ian", "ess"];

    /// <summary>The described subject of the verb at <paramref name="verb"/>, or null when the clause has none.</summary>
    public static SpeakerCandidate? Find(string text, IReadOnlyList<Word> words, int verb)
    {
        for (var start = 0; start < verb; start++)
        {
            if (!Indefinites.Contains(words[start].Lower) || !OpensClause(text, words, start))
            {
                continue;
            }

            var noun = Enumerable.Range(start + 1, Math.Min(MaxWordsBeforeNoun, verb - start - 1)).FirstOrDefault(i => IsPersonNoun(words[i]), -1);
            if (noun > 0 && verb - noun - 1 <= MaxWordsBetweenNounAndVerb && GapLeavesSubject(text, words, noun, verb))
            {
                var written = text[words[start].Start..words[noun].End];
                return new SpeakerCandidate(CandidateKind.Description, [words[noun].Lower], words[start].Start, written) { Role = written };
            }
        }

        return null;
    }

    /// <summary>A prepositional phrase after the description holds <paramref name="position"/> (`one buyer on the Harbour market`).</summary>
    public static bool HoldsInPhrase(string text, IReadOnlyList<Word> words, SpeakerCandidate described, int position)
    {
        var first = IndexAt(words, described.Position);
        return first >= 0 && position > described.Position
            && words.Skip(first).TakeWhile(w => w.Start < position).Any(w => FunctionWords.Prepositions.Contains(w.Lower))
            && !text.AsSpan(described.Position, position - described.Position).Contains(',');
    }

    /// <summary>The description is the sentence's own subject, not an apposition (`Jane Roe, a lawyer for …, declined … but said`).</summary>
    public static bool OpensSentence(IReadOnlyList<Word> words, SpeakerCandidate described) =>
        words.Count > 0 && (words[0].Start == described.Position || (words.Count > 1 && words[1].Start == described.Position && Openers.Contains(words[0].Lower)));

    private static int IndexAt(IReadOnlyList<Word> words, int start)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start == start)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool OpensClause(string text, IReadOnlyList<Word> words, int index) =>
        index == 0 || (index == 1 && Openers.Contains(words[0].Lower))
        || text.AsSpan(words[index - 1].End, words[index].Start - words[index - 1].End).Contains(',');

    /// <summary>
    /// Between the noun and the verb: nothing, a prepositional phrase (`for Platte Water`), a relative clause (`who spoke
    /// anonymously`), an unnamed appositive, or a first verb phrase joined by `but`/`and` (`declined to … but said`).
    /// </summary>
    private static bool GapLeavesSubject(string text, IReadOnlyList<Word> words, int noun, int verb)
    {
        if (noun + 1 == verb)
        {
            return true;
        }

        var next = words[noun + 1];
        var coordinated = words[verb - 1].Lower is "but" or "and";
        var commaAfterNoun = text.AsSpan(words[noun].End, next.Start - words[noun].End).Contains(',');
        return FunctionWords.Prepositions.Contains(next.Lower) || next.Lower == "that" || commaAfterNoun || coordinated;
    }

    private static bool IsPersonNoun(Word word) =>
        !word.IsCapitalized
        && (RoleLexicon.IsRoleNoun(word.Lower) || EntityKnowledge.IsRoleWord(word.Lower, "en") || PersonNouns.Contains(word.Lower)
            || (word.Lower.Length >= 5 && PersonEndings.Any(e => word.Lower.EndsWith(e, StringComparison.Ordinal))))
        && !RoleLexicon.IsOrganisationNoun(word.Lower) && word.Lower is not ("former" or "senior" or "top" or "vice" or "chief" or "press" or "general");
}
