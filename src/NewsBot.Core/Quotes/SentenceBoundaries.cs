using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>Decides whether a full stop, question or exclamation mark ends a sentence.</summary>
internal static class SentenceBoundaries
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Del", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "St", "Jr", "Sr", "Inc", "Corp",
        "Co", "Ltd", "No", "vs", "Vs", "Mt", "Ft", "Prof", "Rev", "Adm", "Supt", "Dep", "Jan", "Feb", "Mar", "Apr", "Aug",
        "Sept", "Sep", "Oct", "Nov", "Dec", "etc", "approx", "Gens", "Reps", "Sens", "Messrs", "Mme", "Mlle", "Nr", "Fig", "Hon", "Rt",
        "Maj", "Brig", "Cmdr", "Cdr", "Det", "Insp", "Cpl", "Pvt",

        // Commonwealth titles and honorifics before a name (`Hon. Barr. Ada Uzor`, `Engr. Musa Bello`, `Smt. Lakshmi Devi`).
        "Barr", "Engr", "Shri", "Smt", "Thiru", "Tmt", "Cllr",

        // Romance titles before a name (`la Dra. Ana Lima`, `il dott. Marco Bellini`, `o Sr. Costa`), capitalised or not.
        "Sra", "Srta", "Sres", "Dra", "Lic", "Licda", "Ing", "Arq", "Dott", "Avv", "Sig", "Mons", "Profa", "Mgr",
        "sr", "sra", "dr", "dra", "lic", "ing", "arq", "dott", "avv", "sig", "prof", "sen", "geom", "mons", "On",

        // German and Austrian titles before a name (`der Abg. Paul Weber`, `Mag. Anna Berg`, `Dipl.-Ing. Paul Weber`).
        "Abg", "Mag", "Dipl", "Bgm",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsEnd(string text, int i, int end)
    {
        var c = text[i];
        if (c is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        if (i + 1 < end && text[i + 1] == ')')
        {
            // `(D-Ore.)`: an abbreviation closing a parenthesis, not the end of the sentence around it.
            return false;
        }

        var next = i + 1;
        while (next < end && text[next] is '"' or '”' or '’' or '»' or '\'' or '“' or '‘' or '›' or '‹' or '«')
        {
            next++;
        }

        if (next < end && !char.IsWhiteSpace(text[next]) && !(c == '.' && RunOnSentence(text, i, next, end)))
        {
            return false;
        }

        return c != '.' || !(EndsAbbreviation(text, i) || DateOrdinal.EndsDayNumber(text, i, end));
    }

    public static bool IsAbbreviation(string word) => Abbreviations.Contains(word);

    /// <summary>
    /// `… übernimmt.Vorstandsmitglied Axel Hellmann: „…“`, `… hervorragend“.Darüber hinaus …`: pasted releases lose the space
    /// after a full stop; a word of three lower-case letters or more (or a closing mark) before it and a capitalised word
    /// after it still make two sentences (`naturstrom.de`, `ASP.NET`, `St.Gallen` stay one word).
    /// </summary>
    private static bool RunOnSentence(string text, int dot, int next, int end)
    {
        var before = dot - 1;
        while (before >= 0 && text[before] is '“' or '”' or '"' or '«' or '»')
        {
            before--;
        }

        var lowerBefore = before >= 2 && char.IsLower(text[before]) && char.IsLower(text[before - 1]) && char.IsLower(text[before - 2]);
        return lowerBefore && next + 2 < end && char.IsUpper(text[next]) && char.IsLower(text[next + 1]) && char.IsLower(text[next + 2]);
    }

    private static bool EndsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..dot];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word)
            || (word.Length == 1 && start > 0 && text[start - 1] == '.') || ElidedOnorevole(text, start, word);
    }

    /// <summary>
    /// `l'on. Paolo Brambati`: Italian abbreviates `onorevole` to `on.`; only after an elided article, since an English
    /// sentence may well end in `on.`.
    /// </summary>
    private static bool ElidedOnorevole(string text, int start, string word) =>
        word is "on" or "On" && start >= 2 && text[start - 1] is '\'' or '’' && char.IsLetter(text[start - 2]);
}
