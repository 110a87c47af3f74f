using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” said Delgado. Harrow agreed. He said that if the grant is not restored, the county will make “…”`: a pronoun and a
/// reporting verb earlier in the quote's own sentence open a new turn. The quote is that pronoun's, so the turn carried
/// over from the previous quote goes on only when the pronoun means the previous speaker; otherwise it stops, and the quote
/// names no one rather than the wrong person. English only.
/// </summary>
internal static partial class PronounCueTurn
{
    public static bool StopsTurn(string text, NameIndex names, int from, int openMark, string previousSpeaker)
    {
        var sentenceStart = from;
        for (var i = openMark - 1; i > from; i--)
        {
            if (SentenceBoundaries.IsEnd(text, i, openMark))
            {
                sentenceStart = i + 1;
                break;
            }
        }

        Match? cue = null;
        foreach (Match match in PronounThenWord().Matches(text[sentenceStart..openMark]))
        {
            if (ReportingVerbs.IsReportingVerb(match.Groups["verb"].Value))
            {
                cue = match;
            }
        }

        if (cue is null)
        {
            return false;
        }

        var gender = string.Equals(cue.Groups["pronoun"].Value, "he", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female;
        var referent = names.PersonBefore(sentenceStart + cue.Index, gender);
        return referent is null || !previousSpeaker.Split(' ').Contains(referent.LastWord, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\b(?<pronoun>[Hh]e|[Ss]he)\s+(?<verb>\p{Ll}+)\b")]
    private static partial Regex PronounThenWord();
}
