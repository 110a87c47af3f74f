namespace NewsBot.Core.Quotes;

/// <summary>
/// `said researchers at Coastline Analytics`, `said analysts from Pellham Research`: a group of unnamed staff speaks for the
/// body it works at, as the news set annotates (the body's name).
/// </summary>
internal static class GroupAtBody
{
    private static readonly HashSet<string> Groups =
        ["researchers", "analysts", "scientists", "economists", "experts", "strategists", "engineers", "officials", "staff"];

    /// <summary>The body named after the group and its preposition in <paramref name="segment"/>; null when the phrase is not one.</summary>
    public static SpeakerCandidate? Read(string text, List<Word> segment)
    {
        var group = segment.Count > 0 && segment[0].Lower == "the" ? 1 : 0;
        if (segment.Count < group + 3 || !Groups.Contains(segment[group].Lower) || segment[group + 1].Lower is not ("at" or "from"))
        {
            return null;
        }

        var first = group + 2;
        var last = first;
        while (last + 1 < segment.Count && (segment[last + 1].IsCapitalized || (segment[last + 1].Lower == "of" && last + 2 < segment.Count && segment[last + 2].IsCapitalized)))
        {
            last++;
        }

        if (!segment[first].IsCapitalized || !segment[last].IsCapitalized)
        {
            return null;
        }

        var name = text[segment[first].Start..segment[last].End];
        return new SpeakerCandidate(CandidateKind.Name, [name], segment[first].Start, name) { Role = null };
    }
}
