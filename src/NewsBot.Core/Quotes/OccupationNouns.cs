using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Occupations a news text writes before a name like a title (`Fisherman Mark Varga`, `Bus driver Ana Holm`): the word
/// describes the person and is no part of the name. A word that is also a given name or surname is judged by the caller.
/// </summary>
internal static class OccupationNouns
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "accountant", "actor", "actress", "artist", "astronaut", "athlete", "baker", "banker", "barber", "bartender",
        "beekeeper", "biologist", "blacksmith", "boxer", "bricklayer", "broker", "builder", "butcher", "carpenter", "cashier",
        "caterer", "chef", "chemist", "cleaner", "climber", "comedian", "composer", "cook", "courier", "cyclist", "dancer",
        "dentist", "designer", "developer", "dietitian", "diver", "driver", "drummer", "electrician", "entrepreneur",
        "epidemiologist", "farmer", "filmmaker", "firefighter", "fireman", "fisherman", "fisherwoman", "florist", "gardener",
        "geologist", "glazier", "guitarist", "hairdresser", "handyman", "jeweller", "jeweler", "journalist", "landlord",
        "landlady", "librarian", "lifeguard", "linguist", "locksmith", "mathematician", "mechanic", "midwife",
        "miner", "musician", "novelist", "nutritionist", "optician", "painter", "paramedic", "pharmacist", "philosopher",
        "photographer", "physician", "physicist", "physiotherapist", "pianist", "playwright", "plumber", "poet", "postman",
        "potter", "psychiatrist", "psychologist", "publican", "rancher", "roofer", "runner", "sailor", "sculptor", "shepherd",
        "shopkeeper", "singer", "skier", "soldier", "songwriter", "surgeon", "surfer", "swimmer", "tailor", "therapist",
        "trucker", "tutor", "retiree", "pensioner", "hawker", "trader", "nurse", "teacher", "veterinarian", "vet", "violinist", "waiter", "waitress", "welder", "winemaker", "zookeeper",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Is(string word) => Words.Contains(word.ToLowerInvariant());
}
