namespace NewsBot.Core.Quotes;

/// <summary>
/// `Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said`: a name followed by two
/// or more appositions is the verb's subject. A name inside the last apposition is something it describes (the EPA is sued,
/// not speaking), however close it stands to the verb.
/// </summary>
internal static class AppositionChain
{
    public static SpeakerCandidate? Subject(string text, List<List<Word>> segments)
    {
        if (segments.Count < 3 || segments[0].Count == 0 || !segments[0].All(NameLexicon.IsNameWord))
        {
            return null;
        }

        var appositions = segments.Skip(1).ToList();
        if (!appositions.All(IsApposition) || NounPhraseReader.Head(text, segments[0]) is not { Kind: CandidateKind.Name } person
            || person.Words.Any(NameLexicon.PlaceWords.Contains))
        {
            return null;
        }

        var role = appositions.FirstOrDefault(s => !IsAge(s));
        return person with { Role = person.Role ?? (role is null ? null : RolePhrase.Text(text, role)) };
    }

    /// <summary>`the attorney general`, `42`, `one of the states …`: a phrase that describes the name before it.</summary>
    private static bool IsApposition(List<Word> segment) =>
        segment.Count > 0
        && (IsAge(segment) || FunctionWords.IsDeterminer(segment[0].Text)
            || (segment.Count > 2 && segment[0].Lower is "one" or "some" or "part" or "member" && segment[1].Lower == "of"));

    private static bool IsAge(List<Word> segment) => segment.Count == 1 && segment[0].Text.All(char.IsDigit);
}
