using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Spanish `al` and Portuguese `ao` before an infinitive open a clause of time (`dijo al ser consultado sobre …`, `disse ao ser
/// questionado pelos jornalistas`, `afirmó al llegar`): no one was spoken to and no subject follows, so the verb's subject is
/// the dropped one, not a noun further on (`las solicitudes`, `os jornalistas`).
/// </summary>
internal static class TemporalInfinitive
{
    private const int MinInfinitiveLength = 3;

    private static readonly FrozenDictionary<string, string> TimePrepositions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["al"] = "es",
        ["ao"] = "pt",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] InfinitiveEndings = ["ar", "er", "ir", "or"];

    /// <summary>Whether <paramref name="at"/> is `al`/`ao` followed by a lower-case infinitive that names no person (`al titular` is the head of a body).</summary>
    public static bool Opens(IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (at + 1 >= words.Count || !TimePrepositions.TryGetValue(words[at].Lower, out var code) || code != language.Code)
        {
            return false;
        }

        var next = words[at + 1];
        return !next.IsCapitalized && next.Lower.Length >= MinInfinitiveLength && InfinitiveEndings.Any(e => next.Lower.EndsWith(e, StringComparison.Ordinal))
            && (code == "pt" || !next.Lower.EndsWith("or", StringComparison.Ordinal)) && !language.IsPersonNoun(next.Lower);
    }
}
