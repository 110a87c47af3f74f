using System.Text.RegularExpressions;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” Read said.`, `“…,” From said.`, `“…,” said Al From, who …`: a surname that is also a common English word (a verb,
/// a preposition, a modal) is read as that word, so neither the tail nor the name index finds a subject. After the rules
/// found no speaker, a capitalised word next to a reporting verb right after the quote is the person the article named
/// before the quote with a known given name and that surname (`Ian Read`); two such people leave it unattributed. English only.
/// </summary>
internal static partial class CommonWordSurname
{
    private const int TailChars = 60;

    public static Attribution? Find(string text, QuotedSegment segment)
    {
        var end = Math.Min(text.Length, segment.Outer.End + TailChars);
        var tail = Tail().Match(text[segment.Outer.End..end]);
        if (!tail.Success || !ReportingVerbs.IsReportingVerb(tail.Groups["verb"].Value))
        {
            return null;
        }

        var surname = tail.Groups["surname"].Value;
        if (!NameLexicon.NotNames.Contains(surname) && !EntityLexicon.Shared.IsCommonWord(surname.ToLowerInvariant(), "en"))
        {
            // `“…,” Hewitt said.`: a surname the name index reads; the rules left it unattributed for a reason.
            return null;
        }

        var given = tail.Groups["given"].Success ? tail.Groups["given"].Value : null;
        var people = FullNames().Matches(text[..segment.OpenMark])
            .Where(m => m.Groups["surname"].Value == surname && (given is null || m.Groups["given"].Value == given)
                        && EntityLexicon.Shared.IsGivenName(m.Groups["given"].Value))
            .Select(m => $"{m.Groups["given"].Value} {surname}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return people is [var person]
            ? new Attribution(person, null, true)
            {
                Resolution = NameResolution.Expanded,
                Source = AttributionSource.Cue,
                Cue = CueKind.Tail,
                Kind = CandidateKind.Name,
                CueDistance = tail.Index,
            }
            : null;
    }

    /// <summary>`, Read said.` / `, said Al From,` right after the quote's closing mark, on its line: the verb has no object of its own.</summary>
    [GeneratedRegex(@"^[,.!?]?[ \u00A0]*(?:(?<surname>\p{Lu}\p{Ll}+) (?<verb>\p{Ll}+)|(?<verb>\p{Ll}+) (?<given>\p{Lu}\p{Ll}+) (?<surname>\p{Lu}\p{Ll}+))[.,]")]
    private static partial Regex Tail();

    /// <summary>`Ian Read`, `Nora J. From`: a given name, an optional initial and a surname.</summary>
    [GeneratedRegex(@"\b(?<given>\p{Lu}\p{Ll}+) (?:\p{Lu}\. )?(?=(?<surname>\p{Lu}\p{Ll}+)\b)")]
    private static partial Regex FullNames();
}
