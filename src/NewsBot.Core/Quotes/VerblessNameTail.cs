namespace NewsBot.Core.Quotes;

/// <summary>
/// `“…,” Mara Lind, Director of the Harbour Patrol.`: a quote closed with a comma, then the speaker's full name and role
/// and no reporting verb (press releases drop it). Only a full name (two to four capitalised words) counts, and only when
/// a role follows it, so that a comma-closed quote running into an ordinary sentence (`“…,” Lind Street is …`) stays unread.
/// </summary>
internal static class VerblessNameTail
{
    public static SpeakerCandidate? Subject(string text, List<Word> tail)
    {
        var parts = PhraseWords.SplitAtCommas(text, tail);
        if (parts.Count < 2 || parts[0].Count is < 2 or > 4 || !parts[0].All(w => w.IsCapitalized) || parts[1].Count == 0
            || !OpensRole(parts[1][0]))
        {
            return null;
        }

        return NounPhraseReader.Head(text, parts[0]) is { Kind: CandidateKind.Name, Words.Count: >= 2 } person
            ? person with { Role = person.Role ?? RolePhrase.Text(text, parts[1]) }
            : null;
    }

    /// <summary>`Director of …`, `the chief executive`, `a spokesperson for …`: what an apposition of role opens with.</summary>
    private static bool OpensRole(Word word) => RoleLexicon.IsRoleNoun(word.Text) || FunctionWords.IsDeterminer(word.Text);
}
