namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `lei si alza dalla sedia: «…», dice.`: a subject pronoun in the sentence that opens the quote tells the gender of the
/// verb's dropped subject. A pronoun after a preposition (`con lui`, `per lei`) is someone else, and the capitalised polite
/// `Lei` addresses the interviewee, so neither tells who speaks.
/// </summary>
internal static class PronounBeforeQuote
{
    private const int Reach = 240;

    public static Gender GenderBefore(string text, int quoteOpen, int notBefore, LanguageKnowledge language)
    {
        var from = Math.Max(Math.Max(0, notBefore), quoteOpen - Reach);
        var end = quoteOpen;
        var previous = "";
        var found = Gender.Unknown;
        for (var at = from; at < end; at++)
        {
            var c = text[at];
            if (c is '\n' or '.' or '?' or '!' or '»' or '”')
            {
                // A pronoun in an earlier sentence may be anyone's: only the quote's own sentence counts.
                (found, previous) = (Gender.Unknown, "");
                continue;
            }

            if (!char.IsLetter(c) || (at > 0 && char.IsLetter(text[at - 1])))
            {
                continue;
            }

            var stop = at;
            while (stop < end && char.IsLetter(text[stop]))
            {
                stop++;
            }

            var word = text[at..stop];
            if (language.Pronouns.TryGetValue(word, out var gender) && !language.Prepositions.Contains(previous))
            {
                found = gender;
            }

            previous = word.ToLowerInvariant();
            at = stop - 1;
        }

        return found;
    }
}
