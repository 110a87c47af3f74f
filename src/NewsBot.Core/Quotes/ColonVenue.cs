namespace NewsBot.Core.Quotes;

/// <summary>
/// `Then, later that month on Radio Norden: “…”`: the only name of a colon lead, right after `on`/`in`/`at`/`during`, is
/// where the words were said (a channel, a town, an event), not who said them; the lead names no speaker.
/// </summary>
internal static class ColonVenue
{
    private static readonly HashSet<string> VenuePrepositions = ["on", "in", "at", "during"];

    /// <summary>`from Ardcullen`, `near Tolland`: one word after these is a place only when no person goes by it (`a message from Holt`).</summary>
    private static readonly HashSet<string> PlacePrepositions = ["from", "near", "outside"];

    public static bool IsVenue(List<Word> lead, List<Word> onlyName)
    {
        var first = lead.FindIndex(w => w.Start == onlyName[0].Start);
        return first > 0 && onlyName[^1].Start == lead[^1].Start && VenuePrepositions.Contains(lead[first - 1].Text);
    }

    /// <summary>
    /// `Reader Morag Lennie got in touch from Ardcullen:`, `Kell told reporters in Dunmore:`: the last of several names, ending
    /// the lead after a preposition of place, is where the speaker was; the subject named before it spoke.
    /// </summary>
    public static bool EndsAtPlace(List<Word> lead, List<Word> lastName)
    {
        if (IsVenue(lead, lastName))
        {
            return true;
        }

        var first = lead.FindIndex(w => w.Start == lastName[0].Start);
        return first > 0 && lastName.Count == 1 && lastName[0].Start == lead[^1].Start && PlacePrepositions.Contains(lead[first - 1].Text)
            && !LocativeObject.KnownPerson(lastName[0].Text);
    }
}
