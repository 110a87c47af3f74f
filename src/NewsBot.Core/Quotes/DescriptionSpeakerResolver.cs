using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>`the senator said`, `a Clinton aide said`: the person a description refers back to, or the description itself.</summary>
internal sealed class DescriptionSpeakerResolver(string text, NameIndex names, MentionRoles roles)
{
    /// <summary>`the senator said` refers back to the latest person introduced with that role (`Sen. Ada Holm`); `a senator` to no one.</summary>
    public Attribution Resolve(SpeakerCandidate candidate)
    {
        var definite = text.AsSpan(candidate.Position).StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(0, candidate.Position).TrimEnd().EndsWith(" the", StringComparison.OrdinalIgnoreCase);
        var head = candidate.Words[0];
        if (definite && DocumentAuthor.IsDocument(head) && DocumentAuthor.Find(text, names, head, candidate.Position) is { } author)
        {
            // `the report said`: the body the article names as its author.
            return new Attribution(author, null, true) { Resolution = NameResolution.Referent };
        }

        if (definite && LeadWriter.Find(text, names, candidate) is { } writer)
        {
            return new Attribution(writer, null, true) { Resolution = NameResolution.Referent };
        }

        if ((UnnamedBodySpokesperson.Find(text, names, candidate) ?? GroupMembers.Group(names, candidate, definite)) is { } body)
        {
            return new Attribution(body, null, true) { Resolution = NameResolution.Referent };
        }

        var modifiers = DescriptionModifiers.Before(candidate.Written, head);
        var referent = definite ? names.PersonBefore(candidate.Position, m => roles.RoleWords(m).Contains(head) && !Disagree(roles.RoleWords(m), head, modifiers)) : null;
        if (referent is not null)
        {
            return new Attribution(roles.FullName(referent), candidate.Role, true) { Resolution = NameResolution.RoleHolder };
        }

        if (EchoedRole.Find(text, names, candidate) is { } holder)
        {
            return new Attribution(holder, candidate.Role, true) { Resolution = NameResolution.Referent };
        }

        if (UnnamedBodySpokesperson.FindBare(text, names, candidate) is { } spokenFor)
        {
            return new Attribution(spokenFor, null, true) { Resolution = NameResolution.Referent };
        }

        // `the New York businessman`, `Obama's former strategist`, `one Clinton aide`, `a senior Cruz adviser`: a description
        // built on a name is the source as the text gives it, anonymous or not. `a senior official` or `the designer` stays unknown.
        var anchored = candidate.Written.Split(' ').Any(w => w.Length > 1 && char.IsUpper(w[0]) && !FunctionWords.IsDeterminer(w) && !AnchorsNoSource(w))
            && !PlaceHead.Is(head);
        return anchored && !UnnamedRelative.Is(candidate.Written)
            ? new Attribution(AsWritten(candidate, definite), null, true) { Resolution = NameResolution.Description }
            : new Attribution(null, candidate.Role, true);
    }

    /// <summary>`the transport minister` is not the person the article called `The finance minister`; `the former president` not `President Holm`.</summary>
    private static bool Disagree(HashSet<string> roleWords, string head, List<string> modifiers) =>
        modifiers.Count > 0 && RoleModifiers.Disagree(modifiers, roleWords.Contains, DescriptionModifiers.SpecifiedOtherwise(roleWords, head, modifiers));

    /// <summary>
    /// `the Swedish brochure`, `a British-Israeli hostage`: a nationality names no source; nor does a birthplace (`the
    /// Afghan-born forward`, sports copy's stand-in for a player it named) or a role capitalised by house style (`the Minister`,
    /// `the Chief Minister` in Indian and British copy): with no holder found, the speaker is unknown rather than the words.
    /// </summary>
    private static bool AnchorsNoSource(string word) =>
        word.Split('-').All(part => part.Length > 0 && EntityLexicon.Shared.IsDemonym(part.TrimEnd(',', '.')))
        || word.EndsWith("-born", StringComparison.Ordinal)
        || RoleLexicon.IsRoleNoun(word.TrimEnd(',', '.'));

    /// <summary>The description with the article the text gave it (`a Clinton aide`, `the Clinton aide`).</summary>
    private string AsWritten(SpeakerCandidate candidate, bool definite)
    {
        var description = candidate.Written;
        if (description.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || description.Contains('’') || description.Contains('\''))
        {
            return description;
        }

        if (definite)
        {
            return $"the {description}";
        }

        var article = text.AsSpan(candidate.Position).StartsWith("an ", StringComparison.OrdinalIgnoreCase) ? "an"
            : text.AsSpan(candidate.Position).StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? "a" : null;
        return article is null ? description : $"{article} {description}";
    }
}
