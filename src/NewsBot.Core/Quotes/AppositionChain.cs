namespace NewsBot.Core.Quotes;

/// <summary>
/// `Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said`: a name followed by two
/// or more appositions is the verb's subject. A name inside the last apposition is something it describes (the EPA is sued,
/// not speaking), however close it stands to the verb. Identification tags (`, R-Ore.,`, `, 30, of Eastfield, Ore.,`) and a
/// participle aside (`, noting the size of the crowd,`) count as appositions.
/// </summary>
internal static class AppositionChain
{
    public static SpeakerCandidate? Subject(string text, List<List<Word>> segments)
    {
        var name = segments.Count > 0 && segments[0] is [{ Lower: "but" or "and" or "yet" }, _, ..] ? segments[0].GetRange(1, segments[0].Count - 1) : segments.FirstOrDefault();
        if (segments.Count < 2 || name is null || name.Count == 0 || !name.All(NameLexicon.IsNameWord)
            || (segments.Count == 2 && !IdentificationTag.IsPartyTag(text, segments[1]) && !IsParticipleAside(segments[1])))
        {
            // Two segments are `In Eastfield, Tomas Berg said` as often as an apposition; a tag or an aside is never a subject.
            return null;
        }

        var appositions = Enumerable.Range(1, segments.Count - 1).ToList();
        if (!appositions.All(i => IsApposition(segments[i]) || IsParticipleAside(segments[i]) || IdentificationTag.Is(text, segments, i))
            || NounPhraseReader.Head(text, name) is not { Kind: CandidateKind.Name } person
            || person.Words.Any(NameLexicon.PlaceWords.Contains))
        {
            return null;
        }

        var role = appositions.Where(i => IsApposition(segments[i]) && !IsAge(segments[i]) && !IdentificationTag.Is(text, segments, i))
            .Select(i => segments[i]).FirstOrDefault();
        return person with { Role = person.Role ?? (role is null ? null : RolePhrase.Text(text, role)) };
    }

    /// <summary>`the attorney general`, `42`, `one of the states …`: a phrase that describes the name before it.</summary>
    private static bool IsApposition(List<Word> segment) =>
        segment.Count > 0
        && (IsAge(segment) || FunctionWords.IsDeterminer(segment[0].Text)
            || (segment.Count > 2 && segment[0].Lower is "one" or "some" or "part" or "member" && segment[1].Lower == "of"));

    /// <summary>`noting the size of the crowd`: what the subject was doing as it spoke.</summary>
    private static bool IsParticipleAside(List<Word> segment) =>
        segment.Count > 1 && !segment[0].IsCapitalized && segment[0].Lower.Length > 5 && segment[0].Lower.EndsWith("ing", StringComparison.Ordinal);

    private static bool IsAge(List<Word> segment) => segment.Count == 1 && segment[0].Text.All(char.IsDigit);
}
