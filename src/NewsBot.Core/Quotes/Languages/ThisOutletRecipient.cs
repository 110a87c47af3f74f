using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `comentó a este medio Guadalupe Ramírez`, `dijo a este diario el alcalde`, `ha detto a questo giornale Marco Bianchi`: the
/// paper itself was told, then comes the speaker. Only the paper's own words (`this outlet`, `this newspaper`) are skipped, so
/// that `dijo a su colega Luis Romero` (the colleague was told) stays unread.
/// </summary>
internal static class ThisOutletRecipient
{
    private static readonly FrozenSet<string> Demonstratives = LanguageKnowledge.Set("este", "esta", "questo", "questa");

    private static readonly FrozenSet<string> OutletNouns = LanguageKnowledge.Set(
        "medio", "diario", "periódico", "rotativo", "redacción", "agencia", "portal", "matutino", "vespertino", "semanario",
        "giornale", "quotidiano", "testata", "redazione", "agenzia", "settimanale");

    /// <summary>Where the subject starts after the recipient preposition at <paramref name="at"/>, or -1.</summary>
    public static int SubjectAfter(IReadOnlyList<Word> words, int at)
    {
        var subject = at + 3;
        return subject < words.Count && Demonstratives.Contains(words[at + 1].Lower) && OutletNouns.Contains(words[at + 2].Lower) ? subject : -1;
    }
}
