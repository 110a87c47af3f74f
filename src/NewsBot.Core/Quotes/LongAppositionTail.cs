using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” Mara Lind, a research fellow at the Northfield Institute in Bergen, Norway, and co-author of the study, said`:
/// appositions that name places (`in Bergen, Norway,`, `in Albany, N.Y.,`) and a second role joined by `and` put the
/// reporting verb past the usual tail window. The verb counts only right after the comma that closes the chain, and only
/// when every part between the name and the verb is an apposition, a place or a part joined by `and`.
/// </summary>
internal static class LongAppositionTail
{
    private const int MaxWords = 45;

    public static SpeakerCandidate? Subject(string text, List<Word> tail, int from)
    {
        for (var i = from; i < Math.Min(tail.Count, MaxWords); i++)
        {
            if (!CueWords.IsVerbAt(tail, i))
            {
                continue;
            }

            var gap = text.AsSpan(tail[i - 1].End, tail[i].Start - tail[i - 1].End);
            return gap.Contains(',') ? Read(text, PhraseWords.SplitAtCommas(text, tail.GetRange(0, i))) : null;
        }

        return null;
    }

    private static SpeakerCandidate? Read(string text, List<List<Word>> segments)
    {
        if (segments.Count < 3 || segments[0].Count == 0 || !NameLexicon.IsNameWord(segments[0][^1])
            || !(IsAge(segments[1]) || FunctionWords.IsDeterminer(segments[1][0].Text))
            || !segments.Skip(2).All(s => IsAge(s) || FunctionWords.IsDeterminer(s[0].Text) || (s[0].Lower == "and" && s.Count > 1) || IsPlace(s))
            || NounPhraseReader.Head(text, segments[0]) is not { Kind: CandidateKind.Name } person
            || person.Words.Any(NameLexicon.PlaceWords.Contains))
        {
            return null;
        }

        var role = segments.Skip(1).FirstOrDefault(s => !IsAge(s));
        return person with { Role = person.Role ?? (role is null ? null : RolePhrase.Text(text, role)) };
    }

    private static bool IsAge(List<Word> segment) => segment.Count == 1 && segment[0].Text.All(char.IsDigit);

    /// <summary>`Norway`, `New South Wales`, `D.C.` (read as `D`, `C`): the place an apposition's `in …` goes on to name.</summary>
    private static bool IsPlace(List<Word> segment) =>
        segment.Count is > 0 and <= 3 && segment.All(w => w.IsCapitalized)
        && (segment.All(w => w.Text.Length == 1) || EntityLexicon.Shared.IsPlace(string.Join(' ', segment.Select(w => w.Text))));
}
