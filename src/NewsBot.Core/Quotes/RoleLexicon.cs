using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>Lower-case nouns that name a role (the speaker is a person) or a body (the speaker is an organisation).</summary>
internal static class RoleLexicon
{
    public static readonly FrozenSet<string> RoleNouns = Set(
        "spokesperson", "spokesman", "spokeswoman", "secretary", "minister", "president", "senator", "director", "chief",
        "officer", "executive", "chairman", "chairwoman", "chair", "leader", "adviser", "advisor", "analyst", "professor",
        "economist", "governor", "mayor", "manager", "attorney", "lawyer", "official", "officials", "ceo", "founder",
        "candidate", "nominee", "representative", "strategist", "aide", "aides", "pollster", "researcher", "editor",
        "reporter", "correspondent", "host", "anchor", "coach", "judge", "head", "deputy", "member", "member", "surrogate",
        "congressman", "congresswoman", "lawmaker", "lawmakers", "commissioner", "ambassador", "historian", "scientist",
        "expert", "author", "writer", "columnist", "commentator", "activist", "organizer", "organiser", "voter", "voters",
        "supporter", "supporters", "resident", "residents", "owner", "worker", "teacher", "student", "doctor", "nurse",
        "source", "sources", "fellow", "partner", "counsel", "prosecutor", "sheriff", "chancellor", "diplomat", "general",
        "colonel", "captain", "sergeant", "detective", "pastor", "priest", "bishop", "rabbi", "imam", "speaker", "whip",
        "delegate", "delegates", "consultant", "operative", "staffer", "employee", "investor", "founder", "economist",
        "campaigner", "protester", "protesters", "witness", "friend", "neighbor", "neighbour", "mother", "father", "wife",
        "husband", "son", "daughter", "sister", "brother", "victim", "critic", "critics", "observer", "observers",
        "press", "secretary-general", "treasurer", "clerk", "auditor", "inspector", "engineer", "pilot", "planner",
        "architect", "trustee", "organizer", "superintendent", "principal", "coordinator", "administrator", "founder",
        "president-elect", "nominee", "councillor", "councilor", "alderman", "legislator", "regulator", "negotiator", "vice", "former", "senior", "top", "chief", "mp", "mep", "premier", "dean");

    public static readonly FrozenSet<string> OrganisationNouns = Set(
        "company", "firm", "group", "ministry", "agency", "department", "campaign", "committee", "organization",
        "organisation", "government", "administration", "bank", "network", "party", "union", "council", "team",
        "police", "office", "embassy", "airline", "newspaper", "website", "board", "court", "commission", "institute",
        "university", "foundation", "association", "coalition", "club", "channel", "magazine", "paper", "outlet",
        "authority", "authorities", "regulator", "carrier", "manufacturer", "maker", "retailer", "startup", "insurer",
        "studio", "publisher", "school", "hospital", "city", "county", "state", "federation", "league", "charity", "army",
        "military", "kremlin", "spokespeople", "chamber", "bureau", "tribunal", "parliament", "cabinet", "secretariat",
        "museum", "corporation", "conglomerate", "society", "centre", "center", "laboratory", "observatory", "prison",
        "utility", "lender", "supplier", "broadcaster", "watchdog");

    public static readonly FrozenSet<string> FemaleRoles = Set("spokeswoman", "chairwoman", "congresswoman", "mother", "wife", "daughter", "sister");

    public static readonly FrozenSet<string> MaleRoles = Set("spokesman", "chairman", "congressman", "father", "husband", "son", "brother");

    public static bool IsRoleNoun(string word) => RoleNouns.Contains(word.ToLowerInvariant());

    public static bool IsOrganisationNoun(string word) => OrganisationNouns.Contains(word.ToLowerInvariant());

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
