namespace NewsBot.Core.Quotes;

/// <summary>
/// `Rep. Trey Gowan (R-S.C.): "…"`: an aside in brackets between a name and its colon (a party and state, a constituency,
/// `pictured`) says something about the speaker; the colon still hands the quote to the words before the bracket.
/// </summary>
internal static class ParentheticalAside
{
    /// <summary>The lead without a bracketed aside that closes it, and where the aside ends; null when the lead ends otherwise.</summary>
    public static (List<Word> Lead, int End)? Strip(string text, List<Word> lead)
    {
        var end = lead[^1].End;
        var close = text.IndexOf(')', end, Math.Min(2, text.Length - end));
        if (close < 0)
        {
            return null;
        }

        var open = text.LastIndexOf('(', close, close - lead[0].Start + 1);
        var inside = open < 0 ? -1 : lead.FindIndex(w => w.Start > open);
        return inside > 0 ? (lead.GetRange(0, inside), close + 1) : null;
    }
}
