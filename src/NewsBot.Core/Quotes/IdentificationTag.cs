using System.Text.RegularExpressions;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The tags English papers put after a name to place a person (`Ann Vale, R-Ore.,`, `Ed Lund, 30, of Eastfield, Ore.,`,
/// `Ed Lund, who was among those polled,`): a party and state, a hometown and its state's abbreviation, a relative clause.
/// They describe the name before them; the abbreviation (`Ore.`, `N.C.`) and the party tag (`R-Ore.`) read like names.
/// </summary>
internal static partial class IdentificationTag
{
    /// <summary>Whether <paramref name="segments"/>[<paramref name="index"/>] is such a tag of the name the chain opens with.</summary>
    public static bool Is(string text, List<List<Word>> segments, int index)
    {
        var segment = segments[index];
        return segment.Count > 0
            && (IsPartyTag(text, segment) || IsHometown(segment) || segment[0].Lower == "who"
                || (index > 1 && IsHometown(segments[index - 1]) && IsStateAbbreviation(text, segment)));
    }

    /// <summary>`R-Ore.`, `D-N.Y.`, `I-Vt.`: one segment from a party letter to the state it stands for.</summary>
    public static bool IsPartyTag(string text, List<Word> segment) =>
        PartyTag().IsMatch(text.AsSpan(segment[0].Start, segment[^1].End - segment[0].Start));

    /// <summary>`of Eastfield`, `from New Harbour`: where the person lives.</summary>
    private static bool IsHometown(List<Word> segment) =>
        segment.Count is >= 2 and <= 4 && segment[0].Lower is "of" or "from" && segment.Skip(1).All(w => w.IsCapitalized);

    /// <summary>`Ore.`, `N.C.`, `Ind.`: a state written short, one or two capitalised words each closed by a full stop.</summary>
    private static bool IsStateAbbreviation(string text, List<Word> segment) =>
        segment.Count <= 2 && segment.All(w => w.IsCapitalized && w.Text.Length <= 5 && w.End < text.Length && text[w.End] == '.');

    [GeneratedRegex(@"^[RDI]-[A-Z][A-Za-z.]{0,5}$")]
    private static partial Regex PartyTag();
}
