namespace NewsBot.Benchmarks.Engine;

/// <summary>Invented places, people, bodies and projects: real enough for quotes, extraction and clustering to work on.</summary>
internal static class NewsVocabulary
{
    public static readonly string[] Towns =
    [
        "Kvarnholm", "Eskvik", "Brennamo", "Tallbacka", "Ostervall", "Lindmora", "Hagsund", "Vesterby", "Norrfjord", "Sjolunda",
        "Almsta", "Bjorkudden", "Grindvik", "Hallsberga", "Ravnsholt", "Solvika", "Torvmossa", "Ekeby", "Lyngstad", "Marhamn",
        "Klippan Bay", "Fjellbo", "Orrvik", "Stenhamra", "Vallmo", "Askerud", "Brattvik", "Dalsholm", "Gransjo", "Ulvsand",
        "Kestrup", "Noravik", "Pellhamn", "Rimsby", "Saltvik", "Tornby", "Vikmora", "Yddeby", "Ormholm", "Lovhamra",
        "Aspvreten", "Bolmsund", "Djurvik", "Enhagen", "Fagerholt", "Gullmarn", "Hjortby", "Isaberg", "Jarnvika", "Kallmora",
        "Lakvik", "Mossby", "Nyhamra", "Oxelby", "Prastvik", "Rodholm", "Skarvik", "Tjarnby", "Uddvik", "Varholm",
        "Abborrvik", "Bergkulla", "Dimmelby", "Ekholt", "Forsvik", "Glimmersta", "Hovmora", "Ljusvik", "Malmby", "Starholm",
    ];

    public static readonly string[] Papers =
    [
        "Courier", "Gazette", "Herald", "Tidings", "Post", "Chronicle", "Observer", "Beacon", "Ledger", "Examiner",
        "Sentinel", "Register", "Dispatch", "Mercury", "Clarion", "Record", "Bulletin", "Messenger", "Journal", "Echo",
        "Tribune", "Pilot", "Lantern", "Standard", "Signal",
    ];

    public static readonly string[] FirstNames =
    [
        "Mara", "Tomas", "Lena", "Jonas", "Ada", "Rune", "Ingrid", "Pavel", "Sofia", "Emil", "Noor", "Kasper", "Ylva", "Oskar",
        "Freja", "Anton", "Signe", "Malik", "Vera", "Henrik", "Amina", "Leif", "Hedda", "Bruno",
    ];

    public static readonly string[] Surnames =
    [
        "Lindqvist", "Okafor", "Brandt", "Eklund", "Holm", "Solberg", "Varga", "Nakamura", "Ferreira", "Dahl", "Mbeki", "Strand",
        "Kowalczyk", "Aaltonen", "Berglund", "Castell", "Ivarsen", "Moreau", "Runeberg", "Vidal", "Halloran", "Quist",
    ];

    public static readonly string[] Bodies =
    [
        "harbour authority", "water board", "regional transit council", "school district", "fisheries office",
        "county health trust", "port workers' union", "chamber of commerce", "town council", "forestry agency",
        "coastguard station", "energy cooperative", "library board", "tenants' association", "road agency", "museum foundation",
    ];

    public static readonly string[] Roles =
    [
        "director", "deputy chair", "chief engineer", "spokesperson", "treasurer", "head of planning", "chair", "safety officer",
    ];

    public static readonly string[] Projects =
    [
        "ferry terminal", "flood barrier", "tram line", "fish market", "grain silo", "lighthouse restoration",
        "district heating network", "cycle bridge", "harbour dredging", "wind farm", "sea wall", "night bus service",
        "ice rink", "youth centre", "sewage plant", "marina extension", "rail crossing", "solar park", "boat museum",
        "ring road", "care home", "fibre network", "salmon ladder", "concert hall",
    ];

    public static readonly string[] Sections = ["Home", "Local", "Region", "Business", "Harbour", "Sport", "Culture", "Opinion", "Weather"];

    public static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
