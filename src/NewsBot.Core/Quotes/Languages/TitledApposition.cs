namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// A name apposed to a role behind an article and an abbreviated title: `il direttore generale, il dott. Ivano Bortolin`,
/// `el director, el Ing. Ernesto Ochoa`. The name starts after the title; the article and title alone name no one.
/// </summary>
internal static class TitledApposition
{
    private static readonly HashSet<string> Titles = ["dott", "avv", "prof", "ing", "mons", "sen", "geom", "arch", "dr", "dra", "lic", "licda", "arq"];

    /// <summary>Where the name starts in the apposition that opens at <paramref name="at"/>: after `il dott.`, else <paramref name="at"/>.</summary>
    public static int NameStart(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language)
    {
        if (at + 2 >= words.Count || !language.Determiners.Contains(words[at].Lower) || !Titles.Contains(words[at + 1].Lower))
        {
            return at;
        }

        var title = words[at + 1];
        return title.End < text.Length && text[title.End] == '.' ? at + 2 : at;
    }
}
