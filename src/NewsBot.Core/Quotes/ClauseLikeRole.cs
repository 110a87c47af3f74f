namespace NewsBot.Core.Quotes;

/// <summary>`saying the nominee`, `contrasted the candidate`: a verb phrase caught where a role was expected.</summary>
internal static class ClauseLikeRole
{
    public static bool Is(string? role)
    {
        var first = role?.Split(' ')[0] ?? string.Empty;
        return first.Length > 0 && char.IsLower(first[0]) && !RoleLexicon.IsRoleNoun(first)
            && (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal));
    }
}
