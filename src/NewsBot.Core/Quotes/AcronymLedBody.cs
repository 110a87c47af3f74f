namespace NewsBot.Core.Quotes;

/// <summary>
/// `NHC said` after `When NHC Healthcare, one of the largest …`: a body cut to its leading acronym. The article wrote the
/// fuller name first, and the fullest name a reader is given is the speaker's. Two different bodies opening with the
/// acronym leave it as written.
/// </summary>
internal static class AcronymLedBody
{
    /// <summary>The body's name that <paramref name="acronym"/> opens, the latest before <paramref name="position"/> else the first after, or null.</summary>
    public static string? Name(NameIndex names, string acronym, int position)
    {
        if (acronym.Length is < 2 or > 6 || !acronym.All(char.IsUpper))
        {
            return null;
        }

        NameMention? before = null;
        NameMention? after = null;
        foreach (var mention in names.Mentions)
        {
            if (!Opens(mention, acronym))
            {
                continue;
            }

            if ((before ?? after) is { } seen && !string.Equals(seen.Text, mention.Text, StringComparison.Ordinal))
            {
                return null;
            }

            if (mention.Span.Start < position)
            {
                before = mention;
            }
            else
            {
                after ??= mention;
            }
        }

        return (before ?? after)?.Text;
    }

    /// <summary>
    /// `NHC Healthcare`, `NHC Group`: the acronym then capitalised words, none a post (`NHC Director Ada Holm` names a
    /// person) nor a given name.
    /// </summary>
    private static bool Opens(NameMention mention, string acronym) =>
        mention is { Kind: NameKind.Organisation, InsideQuote: false, Words.Count: >= 2 }
        && string.Equals(mention.Words[0], acronym, StringComparison.Ordinal)
        && mention.Words.Skip(1).All(w => w.Length > 1 && char.IsUpper(w[0]) && !RoleLexicon.IsRoleNoun(w) && !Entities.EntityLexicon.Shared.IsGivenName(w));
}
