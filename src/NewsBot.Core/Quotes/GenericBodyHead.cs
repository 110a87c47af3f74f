namespace NewsBot.Core.Quotes;

/// <summary>
/// `the agency said`, `the organisation said`: nouns any kind of public body goes by, unlike `the ministry` or `the court`
/// (<see cref="SelfNamingBody"/>), whose names carry them. Such a noun stands for the latest body named before it whose name
/// carries a body noun (`the Department of Transportation`); a firm (`Orland Holdings`) is not an agency, so with no such body
/// the speaker stays unknown.
/// </summary>
internal static class GenericBodyHead
{
    private static readonly HashSet<string> Nouns = ["agency", "organisation", "organization", "institution"];

    public static bool Is(string head) => Nouns.Contains(head.ToLowerInvariant());

    /// <summary>The latest body before <paramref name="position"/> named with a body noun (`Department`, `Commission`), or null.</summary>
    public static NameMention? Body(NameIndex names, int position) =>
        names.OrganisationBefore(position, m => m.Words.Any(RoleLexicon.IsOrganisationNoun));
}
