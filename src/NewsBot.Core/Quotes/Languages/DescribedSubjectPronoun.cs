namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Interrogé sur le calendrier, le ministre est resté vague. « … », a-t-il répondu.`: the pronoun goes on with the subject of
/// the sentence right before the quote. When that subject is a role noun the article gave one person (`le ministre de
/// l'Intérieur, Gérard Lemoine,`), the pronoun is that person, not the last man named (a senator quoted in between).
/// </summary>
internal static class DescribedSubjectPronoun
{
    private const int MaxDescriptionWords = 4;

    public static SpeakerCandidate? Checked(SpeakerCandidate? found, int openMark, string text, PersonNames people, LanguageKnowledge language)
    {
        if (found is not { Kind: CandidateKind.Pronoun, Resolved: true } || found.Position < openMark
            || SubjectBefore(text, openMark, language) is not { } description)
        {
            return found;
        }

        var gender = language.GenderedDeterminers.GetValueOrDefault(description[0].Lower);
        if (gender == Gender.Unknown || (found.Gender != Gender.Unknown && found.Gender != gender)
            || people.Roles.Described(description, gender, description[0].Start) is not { } holder || holder.Words[^1] == found.Words[^1]
            || !people.Roles.DescribesOther(found.Words, description))
        {
            return found;
        }

        var name = people.Fullest(holder.Words);
        return found with { Words = name, Written = string.Join(' ', name), Gender = holder.Gender };
    }

    /// <summary>
    /// The article and nouns that open the sentence ending right before <paramref name="openMark"/> (or its clause after an
    /// opening phrase and a comma), followed by a verb: `le ministre est resté vague.`; null for any other sentence.
    /// </summary>
    private static List<Word>? SubjectBefore(string text, int openMark, LanguageKnowledge language)
    {
        var end = openMark - 1;
        while (end >= 0 && text[end] is ' ' or '\u00A0')
        {
            end--;
        }

        if (end <= 0 || text[end] != '.')
        {
            return null;
        }

        var start = text.LastIndexOfAny(['.', '!', '?', '\n', ':'], end - 1) + 1;
        var words = WordTokenizer.Tokenize(text, start, end);
        var comma = text.IndexOf(',', start, end - start);
        var from = comma < 0 ? 0 : words.FindIndex(w => w.Start > comma);
        if (from < 0 || from >= words.Count || !language.Determiners.Contains(words[from].Lower) || words[from].IsCapitalized && from > 0)
        {
            return null;
        }

        var description = new List<Word> { words[from] };
        for (var i = from + 1; i < words.Count && description.Count <= MaxDescriptionWords; i++)
        {
            if (language.VerbCompanions.Contains(words[i].Lower) || language.Verbs.Contains(words[i].Lower))
            {
                return description.Count > 1 ? description : null;
            }

            if (words[i].IsCapitalized || text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Trim().Length > 0)
            {
                return null;
            }

            description.Add(words[i]);
        }

        return null;
    }
}
