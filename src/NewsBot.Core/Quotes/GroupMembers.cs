namespace NewsBot.Core.Quotes;

/// <summary>
/// `the doctors said` after the article named `Doctors for Open Clinics`: members described by the plural word their group
/// is named with speak for that group, as the news set annotates bodies (the body's name). A group named only after the
/// quote, or none, leaves the speaker unknown.
/// </summary>
internal static class GroupMembers
{
    public static string? Group(NameIndex names, SpeakerCandidate candidate, bool definite)
    {
        var head = candidate.Words[0];
        return definite && head.Length > 3 && head[^1] == 's' && char.IsLower(head[0])
            && names.OrganisationCalled(head, candidate.Position) is { } group && group.Span.Start < candidate.Position
                ? names.FullForm(group.Words, group.Span.Start)?.Text ?? group.Text
                : null;
    }
}
