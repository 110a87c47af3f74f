namespace NewsBot.Core.Quotes;

/// <summary>
/// `Then, later that month on Radio Norden: “…”`: the only name of a colon lead, right after `on`/`in`/`at`/`during`, is
/// where the words were said (a channel, a town, an event), not who said them; the lead names no speaker.
/// </summary>
internal static class ColonVenue
{
    private static readonly HashSet<string> VenuePrepositions = ["on", "in", "at", "during"];

    public static bool IsVenue(List<Word> lead, List<Word> onlyName)
    {
        var first = lead.FindIndex(w => w.Start == onlyName[0].Start);
        return first > 0 && onlyName[^1].Start == lead[^1].Start && VenuePrepositions.Contains(lead[first - 1].Text);
    }
}
