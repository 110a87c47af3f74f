namespace NewsBot.Core.Quotes;

/// <summary>
/// `Sergeant Dominic Rees of the Wexcombe Roads Policing Unit said`, `analyst Ana Holm at the Harbour Institute said`: the
/// person named before `of the` / `at the` is the subject; the body after it only says where they work. Without the article
/// (`Rees of Wexcombe Police`) the name runs join and <see cref="NameMentionReader"/> splits them already.
/// </summary>
internal static class PersonOfTheBody
{
    public static SpeakerCandidate? Read(string text, List<Word> phrase, List<List<Word>> runs)
    {
        if (runs.Count < 2)
        {
            return null;
        }

        var person = runs[^2];
        var end = phrase.FindIndex(w => w.Start == person[^1].Start);
        var bodyStart = phrase.FindIndex(w => w.Start == runs[^1][0].Start);
        var first = phrase.FindIndex(w => w.Start == person[0].Start);
        if (first > 0 && FunctionWords.IsDeterminer(phrase[first - 1].Text) || RoleLexicon.IsOrganisationNoun(person[^1].Text))
        {
            // `The Marden Branch of the Harbour Drivers Union`: a body's part, not a person.
            return null;
        }

        if (end < 0 || bodyStart != end + 3 || phrase[end + 1].Lower is not ("of" or "at" or "from") || phrase[end + 2].Lower != "the")
        {
            return null;
        }

        // A name after `of the` is a body's, never a person's (`the Wexcombe Roads Policing Unit`).
        return NameMentionReader.Read(text, person, _ => false) is { Kind: NameKind.Person, Words.Count: >= 2 }
            ? NamedSpeakerHead.Read(text, phrase[..(end + 1)], person)
            : null;
    }
}
