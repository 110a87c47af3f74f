namespace NewsBot.Core.Quotes;

/// <summary>
/// The full form of the name a cue gives (`Varga said` → `Anna Varga`): the honorific's pick among people sharing a surname
/// (<see cref="HonorificSurname"/>), else the article's full form, redirected from a relative's apposition
/// (<see cref="KinApposition"/>) and checked against the honorific's gender (<see cref="HonorificGender"/>).
/// </summary>
internal static class SpeakerFullForm
{
    /// <summary><c>NoOne</c>: the surname is shared by people the honorific cannot tell apart; no one is named.</summary>
    public static (bool NoOne, NameMention? Full) Find(string text, NameIndex names, SpeakerCandidate candidate)
    {
        if (candidate.Words.Count == 1 && candidate.Words[0].Contains(' ', StringComparison.Ordinal))
        {
            // One word holding a space is a name taken as written: no other form is looked up, as before.
            return (false, LeadingNameForm.Extend(names, null, candidate.Words, candidate.Position));
        }

        if (HonorificSurname.TryChoose(text, names, candidate.Words, candidate.Position, out var bearer))
        {
            return (bearer is null, bearer is null ? null : LeadingNameForm.Extend(names, HonorificGender.Agree(text, names, bearer, candidate.Position), candidate.Words, candidate.Position));
        }

        // A relative's apposition only redirects a bare surname: `Karl Mayer said` is the relative himself.
        var found = names.FullForm(candidate.Words, candidate.Position);
        var preferred = candidate.Words.Count == 1 ? KinApposition.Prefer(text, names, found, candidate.Position) : found;
        return (false, LeadingNameForm.Extend(names, HonorificGender.Agree(text, names, preferred, candidate.Position), candidate.Words, candidate.Position));
    }
}
