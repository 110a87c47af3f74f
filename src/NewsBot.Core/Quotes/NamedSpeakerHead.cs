namespace NewsBot.Core.Quotes;

/// <summary>A name at the end of a phrase, with the role words before it (`Senior author Dr. Ada Holm`) and the gender they give.</summary>
internal static class NamedSpeakerHead
{
    public static SpeakerCandidate? Read(string text, List<Word> phrase, List<Word> run)
    {
        var mention = NameMentionReader.Read(text, run, _ => false);
        if (mention is null)
        {
            return null;
        }

        var firstRole = phrase.FindIndex(w => w.Start == run[0].Start);
        var roleStart = firstRole;
        while (roleStart > 0 && firstRole - roleStart < 6 && PhraseWords.IsRoleWord(phrase[roleStart - 1]))
        {
            roleStart--;
        }

        var roleWords = phrase.GetRange(roleStart, firstRole - roleStart);
        string? role = null;
        if (roleWords.Any(w => RoleLexicon.IsRoleNoun(w.Text) || NameLexicon.Titles.Contains(w.Text)) || mention.Title is not null)
        {
            var start = roleWords.Count > 0 ? roleWords[RolePhrase.FirstRoleWord(text, roleWords)].Start : run[0].Start;
            // `Car Talk expert, John Paul`: the apposition's comma is no part of the role.
            role = text[start..mention.Span.Start].Trim().TrimEnd(',').TrimEnd();
            role = NameLexicon.Honorifics.Contains(role.TrimEnd('.')) ? null : role;
        }

        var gender = mention.Gender != Gender.Unknown ? mention.Gender : PhraseWords.RoleGender(roleWords);
        return new SpeakerCandidate(CandidateKind.Name, mention.Words, mention.Span.Start, mention.Text) { Role = role, Gender = gender };
    }
}
