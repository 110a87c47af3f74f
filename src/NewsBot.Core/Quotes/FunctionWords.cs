using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>Small closed word classes the attribution rules step over or stop at (lower-case keys).</summary>
internal static class FunctionWords
{
    public static readonly FrozenSet<string> Determiners = Set("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one", "another", "some", "many", "several");

    public static readonly FrozenSet<string> Prepositions = Set(
        "in", "on", "at", "of", "for", "to", "from", "with", "by", "about", "after", "before", "during", "into", "over",
        "under", "while", "when", "as", "since", "because", "although", "though", "if", "like", "than", "through",
        "who", "whom", "whose", "which", "where", "speaking", "asked", "responding", "writing", "according", "via");

    /// <summary>Words between a speaker and its verb (`Smith later said`, `she has said`, `he has long argued`).</summary>
    public static readonly FrozenSet<string> VerbModifiers = Set(
        "also", "later", "then", "once", "previously", "recently", "again", "further", "simply", "only", "still",
        "has", "had", "have", "would", "will", "could", "might", "may", "did", "does", "do", "went", "on", "to", "reportedly",
        "added", "and", "just", "himself", "herself", "themselves", "itself", "a", "ha", "hat", "hatte", "ont", "è", "avait", "often", "repeatedly", "publicly", "privately", "flatly", "quickly", "finally", "even", "long");

    /// <summary>`was saying`, `kept insisting`: auxiliaries of a progressive between the subject and its participle.</summary>
    public static readonly FrozenSet<string> ProgressiveAuxiliaries = Set("was", "were", "is", "are", "kept", "been");

    /// <summary>Words after a verb before the speaker (`said Tuesday Smith` is rare, `said on Monday` common).</summary>
    public static readonly FrozenSet<string> TimeWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "recently", "later", "earlier", "then", "also", "again", "previously", "once", "now");

    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "i", "we", "it", "you");

    public static readonly FrozenSet<string> ConjunctionsAndClauseStarts = Set("and", "but", "or", "so", "yet", "that", "because", "while", "although");

    public static bool IsDeterminer(string word) => Determiners.Contains(word.ToLowerInvariant());

    public static bool IsPronoun(string word) => Pronouns.Contains(word.ToLowerInvariant());

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
