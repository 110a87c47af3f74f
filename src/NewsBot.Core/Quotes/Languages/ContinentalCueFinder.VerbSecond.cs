namespace NewsBot.Core.Quotes.Languages;

internal sealed partial class ContinentalCueFinder
{
    /// <summary>
    /// `Auf eine Anfrage der Abgeordneten Greta Lindner hat die Landesregierung geantwortet:`: in a verb-second sentence that
    /// opens with a prepositional phrase, the subject of a verb at its end stands after the finite verb, so a name inside the
    /// opening phrase is not it. Null where the lead is not so built or its reporting verb is the finite verb itself.
    /// </summary>
    private Subject? VerbSecondSubjectBefore(List<Word> words, VerbMatch verb, int anchor, int notBefore) =>
        _language.VerbSecondOpeners.Count > 0 && VerbSecondLead.SubjectStart(_text, words, _language) is >= 0 and var at && at < verb.First
            ? _subjects.After(words[..Math.Min(verb.First, VerbSecondLead.SubjectEnd(words, at, _language))], at, anchor, notBefore)
            : null;
}
