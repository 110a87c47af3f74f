using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `? lui lance un docker`, `, le respondió la alcaldesa`, `, gli ha risposto Rossi`: an object pronoun before the reporting
/// verb of a tail is the person spoken to; the subject follows the verb. Read as the subject, `lui` made the one addressed speak.
/// </summary>
internal static class ObjectClitic
{
    /// <summary>Object pronouns that are no article of the language they are read in (`la`, `les` before a noun would be).</summary>
    private static readonly FrozenSet<string> Clitics = LanguageKnowledge.Set("lui", "leur", "me", "te", "nous", "vous", "le", "les", "lo", "gli", "mi", "ti", "ci", "vi", "lhe", "lhes");

    /// <summary>The verb after an object pronoun that opens <paramref name="words"/>, or null.</summary>
    public static VerbMatch? VerbAfter(IReadOnlyList<Word> words, LanguageKnowledge language) =>
        words.Count > 2 && !language.CapitalisesNouns && Clitics.Contains(words[0].Lower) && !language.Determiners.Contains(words[0].Lower)
            && VerbMatch.At(words, 1, language) is { } verb ? verb : null;
}
