namespace NewsBot.Core.Quotes;

/// <summary>
/// `The Municipal Chief Executive (MCE), Mr Yaw Darko-Amponsah,` then `the MCE stated`: an acronym the article spelled out
/// as a post is that post, whose holder the article named, not a body called `Municipal Chief Executive`.
/// </summary>
internal static class RoleAcronym
{
    /// <summary>The role noun that ends the post <paramref name="candidate"/> abbreviates (`executive`), or null.</summary>
    public static string? Post(string text, SpeakerCandidate candidate)
    {
        if (candidate.Words.Count != 1 || BodyAcronym.Spelled(text, candidate.Written, candidate.Position) is not { } spelled)
        {
            return null;
        }

        var last = spelled[(spelled.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return RoleLexicon.IsRoleNoun(last) && !RoleLexicon.IsOrganisationNoun(last) ? last : null;
    }
}
