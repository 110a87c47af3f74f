namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Bürgermeisterin Hinrichs`, `Trainerin Roth`: a German woman's title right before a surname tells the gender the name
/// does not, so a later `er` is not taken for her. A man's title tells nothing: German uses it for women too.
/// </summary>
internal static class GermanRoleGender
{
    public static Gender Before(List<Word> run, int nameStart, string language)
    {
        var title = run.FindLastIndex(w => w.Start < nameStart);
        return language == "de" && title >= 0 && IsFeminineTitle(run[title].Text, language) ? Gender.Female : Gender.Unknown;
    }

    /// <summary>The `-in` of a known role's stem (`Stadträtin` of `Stadtrat`); `Berlin` or `Termin` have none.</summary>
    private static bool IsFeminineTitle(string word, string language) =>
        GermanFeminineRole.Is(word, stem => EntityKnowledge.IsRoleWord(stem, language));
}
