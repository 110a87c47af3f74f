using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Entities;

/// <summary>
/// Months and weekdays of the six languages: capitalised in some, sentence-initial in all, and never a speaker on their own
/// (`Am 22. Januar schrieben Sie: „…“`). The lexicon holds some of them as surnames (`Januar`, `Montag`); alone before a
/// quote they date it. Given names that are also months (`Juli`, `Mai`, `Mayo`) are left out.
/// </summary>
internal static class CalendarWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "januar", "jänner", "februar", "märz", "juni", "oktober", "dezember",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "enero", "febrero", "marzo", "abril", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string word) => Words.Contains(word.TrimEnd('.', ',', ':'));
}
