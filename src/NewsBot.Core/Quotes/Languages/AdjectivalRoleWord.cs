using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `o impacto fiscal`, `el ajuste fiscal`, `o inquérito policial`: Spanish and Portuguese role words that are also adjectives
/// name a person right after their article (`el fiscal general`, `o policial`), not after a noun they modify.
/// </summary>
internal static class AdjectivalRoleWord
{
    private static readonly FrozenSet<string> Words = LanguageKnowledge.Set("fiscal", "policial", "militar");

    public static bool ModifiesNoun(List<Word> words, int article, int role) => role > article + 1 && Words.Contains(words[role].Lower);
}
