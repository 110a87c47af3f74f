using System.Collections.Frozen;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>The titles, honorifics and occupations that lead a name run, and the offices named in full that stand alone.</summary>
internal static class NameTitles
{
    /// <summary>
    /// Occupations written capitalised before a name (`Harbour Authority Spokesperson Ada Lindqvist`): like titles, they end
    /// the title part of a run; words that also name bodies or places (`General`, `Press`, `Head`) are left out.
    /// </summary>
    private static readonly FrozenSet<string> Occupations =
        new[]
        {
            "Spokesperson", "Spokesman", "Spokeswoman", "Executive", "Manager", "Analyst", "Economist", "Adviser", "Advisor",
            "Researcher", "Editor", "Reporter", "Correspondent", "Lawyer", "Official", "Founder", "Strategist", "Aide", "Pollster",
            "Historian", "Scientist", "Columnist", "Commentator", "Activist", "Consultant", "Superintendent", "Coordinator",
            "Administrator", "Councillor", "Councilor", "Legislator", "Negotiator", "Treasurer", "Inspector", "Lecturer", "Curator",
        }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// How many words lead <paramref name="run"/> as its title: everything up to the last title
    /// (`Democratic Senatorial Campaign Committee Chairman Jon Tester`); the whole run when it names an office alone.
    /// </summary>
    public static int TitleCount(List<Word> run)
    {
        var titleCount = 0;
        for (var i = 0; i < run.Count - 1; i++)
        {
            if (IsTitle(run, i) && !IsMiddleInitial(run, i))
            {
                titleCount = run[i + 1].Text == "of" && i + 2 < run.Count - 1 ? i + 3 : i + 1;
                while (titleCount < run.Count - 1 && run[titleCount].Text == "for")
                {
                    titleCount = ComplementEnd(run, titleCount + 1);
                }
            }
        }

        return titleCount;
    }

    /// <summary>
    /// `High Commissioner for Human Rights`, `Secretary of State for Transport`, `Centre for Policy Studies`: a `for` after an
    /// office or a body's word names what it is for, so the run goes on through it (elsewhere `for` parts two names).
    /// </summary>
    public static bool IsOfficeFor(IReadOnlyList<Word> words, int index)
    {
        if (words[index].Text != "for")
        {
            return false;
        }

        // `Secretary of State for Transport`: the office may carry its own `of` complement before the `for`.
        for (var i = index - 1; i >= 0 && i >= index - 3 && (words[i].IsCapitalized || words[i].Text == "of"); i--)
        {
            var word = words[i].Text;
            if (NameLexicon.Titles.Contains(word) || Occupations.Contains(word) || NameLexicon.OrganisationWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// `the United Nations High Commissioner for Human Rights said`: an office named in full with what it is for speaks as a
    /// body does; a bare title (`the Commissioner`) names no one.
    /// </summary>
    public static NameMention? OfficeMention(string text, List<Word> run)
    {
        if (!run.Any(w => w.Text == "for"))
        {
            return null;
        }

        var span = new TextSpan(run[0].Start, run[^1].End);
        return new NameMention(span, text[span.Start..span.End], run.Select(w => w.Text).ToArray(), NameKind.Organisation, Gender.Unknown);
    }

    public static bool IsTitle(List<Word> run, int index) =>
        NameLexicon.Titles.Contains(run[index].Text) || NameLexicon.Honorifics.Contains(run[index].Text) || Occupations.Contains(run[index].Text);

    /// <summary>The end of a title, with the dot of an abbreviated last word (`Gen.`).</summary>
    public static int TitleEnd(string text, Word last) => last.End < text.Length && text[last.End] == '.' ? last.End + 1 : last.End;

    /// <summary>
    /// The words an office is for, up to the given name that opens the holder's name (`High Commissioner for Human Rights Jane
    /// Roe`); with no given name the whole run is the office, which names no one.
    /// </summary>
    private static int ComplementEnd(List<Word> run, int start)
    {
        var end = start + 1;
        while (end < run.Count && run[end].Text != "for" && !EntityLexicon.Shared.IsGivenName(run[end].Text) && !NameLexicon.Honorifics.Contains(run[end].Text))
        {
            end++;
        }

        return end;
    }

    /// <summary>`Robert M. Danin`: a one-letter title (`M.`, Monsieur) after a name word is the middle initial of the name.</summary>
    private static bool IsMiddleInitial(List<Word> run, int index) =>
        index > 0 && run[index].Text.Length == 1 && !IsTitle(run, index - 1) && EntityLexicon.Shared.IsGivenName(run[index - 1].Text);
}
