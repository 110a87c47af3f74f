namespace NewsBot.Core.Quotes.Languages;

internal sealed class ParagraphSpokesperson(string text, LanguageKnowledge language, PersonNames people)
{
    /// <summary>
    /// `„…“, sagt der Sprecher`: the one body the paragraph names before the quote, when it names no person there. A single
    /// word the name lexicon takes for a surname (`Gegenbauer`, a firm named after its founder) counts as that body when the
    /// article never gives it with a given name: a person is introduced with both.
    /// </summary>
    public SpeakerCandidate? Find(List<Word> description, int anchor)
    {
        var from = Math.Min(anchor, description[0].Start);
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, from - 1)) + 1;
        var surnamesOnly = new HashSet<string>(StringComparer.Ordinal);
        for (var mention = people.Latest(from, paragraphStart, Gender.Unknown); mention is not null; mention = people.Latest(mention.Start, paragraphStart, Gender.Unknown))
        {
            if (mention.Words.Count != 1 || people.Fullest(mention.Words).Count != 1 || EntityKnowledge.IsGivenName(mention.Words[0]))
            {
                return null;
            }

            surnamesOnly.Add(mention.Words[0]);
        }

        return people.Roles.Described(description, Gender.Unknown, anchor) is null
            && SpokespersonBody.Find(text, from, language, word => surnamesOnly.Contains(word) || people.Fullest([word]).Count == 1) is { } body
            ? new SpeakerCandidate(CandidateKind.Name, [body], description[1].Start, body)
            : null;
    }
}
