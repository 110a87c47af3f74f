namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Offices the press names in more than one way: `la premier` is `la presidente del Consiglio` and `il capo del governo`,
/// `le chef de l'État` is `le président de la République`, `il primo cittadino` is `il sindaco` (and `la sindaca`), `il governatore` is
/// `il presidente della Regione`, `el jefe del Ejecutivo` is `el presidente del Gobierno`, `el mandatario local` is `el alcalde`,
/// `la vocera` is `la portavoz`, `el técnico` is `el entrenador` (`el DT`, `o comandante`, `der Coach`, `il ct`), `le DG` is `le directeur général`, `il pm` is
/// `il procuratore`, `la letrada` is `la abogada`, `l'ad` is `l'amministratore delegato`. A description in one wording
/// finds the person the article introduced in another. Each wording is its content words (no articles or prepositions), lower case.
/// </summary>
internal static class OfficeSynonyms
{
    private static readonly string[][][] Offices =
    [
        [["premier"], ["presidente", "consiglio"], ["capo", "governo"]],
        [["presidente", "repubblica"], ["capo", "stato"]],
        [["président", "république"], ["chef", "l'état"], ["chef", "l’état"]],
        [["premier", "ministre"], ["chef", "gouvernement"]],
        // `Il sindaco di X, Anna Y` then `la sindaca`: Italian papers give a woman the office's masculine name as often as its feminine one.
        [["sindaco"], ["primo", "cittadino"], ["sindaca"], ["prima", "cittadina"]],
        [["presidente", "regione"], ["governatore"]],
        [["alcalde"], ["jefe", "comunal"], ["mandatario", "local"]],
        [["alcaldesa"], ["jefa", "comunal"], ["mandataria", "local"]],
        [["portavoz"], ["vocero"], ["vocera"]],
        [["maire"], ["premier", "magistrat"], ["édile"], ["l'édile"], ["l’édile"]],
        [["pdg"], ["p-dg"], ["président-directeur", "général"], ["présidente-directrice", "générale"]],
        [["dg"], ["directeur", "général"], ["directrice", "générale"]],
        // One office across languages where they share a word (`coach`, `técnico`): a wording in two offices would map to the first only.
        [["entraîneur"], ["technicien"], ["coach"], ["sélectionneur"], ["trainer"], ["cheftrainer"], ["chefcoach"], ["bundestrainer"]],
        [["entraîneuse"], ["technicienne"], ["sélectionneuse"], ["trainerin"], ["cheftrainerin"], ["bundestrainerin"]],
        [["presidente", "gobierno"], ["jefe", "ejecutivo"]],
        [["presidenta", "gobierno"], ["jefa", "ejecutivo"]],
        [["presidente", "república"], ["jefe", "estado"]],
        [["presidenta", "república"], ["jefa", "estado"]],
        [["delantero"], ["atacante"], ["ariete"]],
        [["entrenador"], ["técnico"], ["estratega"], ["míster"], ["seleccionador"], ["dt"], ["director", "técnico"], ["treinador"], ["comandante"], ["timoneiro"], ["selecionador"]],
        [["entrenadora"], ["técnica"], ["seleccionadora"], ["directora", "técnica"], ["treinadora"], ["selecionadora"]],
        [["allenatore"], ["tecnico"], ["mister"], ["ct"], ["commissario", "tecnico"], ["selezionatore"]],
        [["fiscal"], ["fiscala"]],
        // `il pm Federica Landolfi` then `la magistrata`: court copy calls the prosecutor who speaks in court the magistrate.
        [["procuratore"], ["pm"], ["pubblico", "ministero"], ["magistrato"], ["magistrata"]],
        [["avvocato"], ["legale"], ["avvocata"], ["avvocatessa"]],
        [["abogado"], ["letrado"]],
        [["abogada"], ["letrada"]],
        [["amministratore", "delegato"], ["ad"]],
        [["promotor"], ["procurador"]],
        [["attaccante"], ["centravanti"], ["bomber"]],
        [["presidente", "câmara"], ["autarca"], ["edil"]],
        [["verteidiger"], ["rechtsanwalt"], ["strafverteidiger"]],
        [["verteidigerin"], ["rechtsanwältin"], ["strafverteidigerin"]],
    ];

    /// <summary>`dg`, `dt`, `ct`, `pm`, `ad`: an office written as its two-letter abbreviation, a content word though so short.</summary>
    public static bool IsAbbreviation(string lower) => lower is "dg" or "dt" or "ct" or "pm" or "ad";

    /// <summary>Adds the office's name (its first wording's words) to a person's role words that hold another wording of it.</summary>
    public static void AddOffice(HashSet<string> roleWords)
    {
        foreach (var office in Offices)
        {
            if (office.Any(wording => wording.All(roleWords.Contains)))
            {
                roleWords.UnionWith(office[0]);
            }
        }
    }

    /// <summary>A description's content words in the office's first wording, when they open with another wording of it.</summary>
    public static List<string> AsOffice(List<string> content)
    {
        foreach (var office in Offices)
        {
            foreach (var wording in office.Skip(1))
            {
                if (content.Count >= wording.Length && wording.SequenceEqual(content.Take(wording.Length)))
                {
                    return [.. office[0], .. content.Skip(wording.Length)];
                }
            }
        }

        return content;
    }
}
