namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Whether a run of capitalised words holds a body's word, leaving out the honorifics before its name: `Ing.` is also the
/// bank ING to the lexicon, but `sagte Dipl.-Ing. Jan Berg` names a person. The title wins over the body reading only
/// where it stands before the name, not inside it (`ING Bank`).
/// </summary>
internal static class HonorificBeforeName
{
    public static bool HoldsBodyWord(IReadOnlyList<Word> run, int nameStart, Func<string, bool> isBodyWord)
    {
        for (var k = 0; k < run.Count; k++)
        {
            if (isBodyWord(run[k].Text) && (k >= nameStart || !NameLexicon.Honorifics.Contains(run[k].Text)))
            {
                return true;
            }
        }

        return false;
    }
}
