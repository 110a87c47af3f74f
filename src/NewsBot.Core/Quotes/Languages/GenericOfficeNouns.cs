using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The press's other words for an office, some standing for one (`der Anwalt` for the defender) and some for any of several
/// (`el mandatario` for a president or a governor, `la funcionaria` for a minister, a secretary or an agency's head, never an
/// elected councillor; `l'élue` for a mayor, a deputy or a council's vice-president). A description in such a word finds whoever the article gave one of those offices; two such people
/// tie, so the description is neither.
/// </summary>
internal static class GenericOfficeNouns
{
    private static readonly string[] OfficialMen =
        ["ministro", "viceministro", "secretario", "subsecretario", "director", "titular", "gerente", "superintendente", "comisionado", "gobernador",
            "inspector", "comandante", "jefe", "fiscal", "intendente", "contralor", "procurador", "defensor"];

    private static readonly string[] OfficialWomen =
        ["ministra", "viceministra", "secretaria", "subsecretaria", "directora", "titular", "gerente", "superintendente", "comisionada", "gobernadora",
            "inspectora", "comandante", "jefa", "fiscal", "intendenta", "contralora", "procuradora", "defensora"];

    private static readonly FrozenDictionary<string, string[]> Offices = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["mandatario"] = ["presidente", "gobernador"],
        ["mandataria"] = ["presidenta", "gobernadora"],
        ["mandatário"] = ["presidente", "governador"],
        ["mandatária"] = ["presidenta", "governadora"],
        ["funcionario"] = OfficialMen,
        ["funcionaria"] = OfficialWomen,
        ["anwalt"] = ["verteidiger"],
        ["anwältin"] = ["verteidigerin"],
        // `assure l'élue`: the French press's word for whoever holds an elected office.
        ["élu"] = ["maire", "adjoint", "conseiller", "député", "sénateur", "président", "vice-président", "échevin", "bourgmestre", "syndic"],
        ["élue"] = ["maire", "adjointe", "conseillère", "députée", "sénatrice", "présidente", "vice-présidente", "échevine", "bourgmestre", "syndique"],
        // `l'ad`: the Italian press's abbreviation of `amministratore delegato`, the chief executive.
        ["ad"] = ["amministratore"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether a description holds such a word: it fits several offices, so several holders do not make it no one's.</summary>
    public static bool InDescription(List<Word> description) => description.Exists(w => Offices.ContainsKey(w.Lower));

    /// <summary>Whether <paramref name="word"/> is such a word (lower case).</summary>
    public static bool Contains(string word) => Offices.ContainsKey(word);

    /// <summary>Whether a person whose role words pass <paramref name="holds"/> holds one of the offices <paramref name="word"/> stands for.</summary>
    public static bool HeldBy(string word, Func<string, bool> holds)
    {
        if (!Offices.TryGetValue(word, out var offices))
        {
            return false;
        }

        foreach (var office in offices)
        {
            if (holds(office))
            {
                return true;
            }
        }

        return false;
    }
}
