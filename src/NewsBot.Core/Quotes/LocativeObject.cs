using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `the river at Kottur`, `a university in Nairobi`, `moved to Marsden`: one capitalised word right after a preposition of place, which the
/// lexicon does not know as a person's name, is a place. A later `she said` does not mean it, however the lexicon guesses the
/// word's gender. A possessive is a person's (`in Moreau's view`).
/// </summary>
internal static class LocativeObject
{
    /// <summary>`came to Marsden`, `drove over from Castlebridge`: a journey's ends are places as often as `in` names one.</summary>
    private static readonly HashSet<string> PlacePrepositions = ["in", "at", "near", "outside", "from", "to"];

    public static bool Is(string text, IReadOnlyList<Word> words, int first, int last, NameMention mention) =>
        first == last && first > 0 && mention.Kind == NameKind.Unknown && PlacePrepositions.Contains(words[first - 1].Text)
        && !IsPossessive(text, mention.Span.End) && !KnownPerson(mention.LastWord, mention.Words);

    /// <summary>The lexicon's word lists hold places too (`Nairobi` is listed as a given name): a person needs both verdicts.</summary>
    private static bool KnownPerson(string word, IReadOnlyList<string> words) =>
        (EntityLexicon.Shared.IsGivenName(word) || EntityLexicon.Shared.IsSurname(word)) && EntityLexicon.Shared.Classify(words, null).Kind == EntityKind.Person;

    /// <summary>One word the lexicon knows as a person's name, in both verdicts.</summary>
    public static bool KnownPerson(string word) => KnownPerson(word, [word]);

    private static bool IsPossessive(string text, int end) => end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's';
}
