namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Unterstützung erhält sie von Hebamme Andrea Zbinden. „…“, sagt die 51-Jährige.`: an age noun is written for the person the
/// paragraph has just introduced, whatever their slot, not for the speaker before going on as a pronoun would. With no age
/// given (`Zbinden (51)`), it is the latest person the paragraph names in full outside quotes, of the noun's gender; a lone
/// word is too often a noun the name lexicon misreads (`ihren Bruder`).
/// </summary>
internal static class AgeEpithetReferent
{
    public static PersonMention? Find(string text, PersonNames people, Gender gender, int position)
    {
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        var person = people.Latest(position, paragraphStart, gender);
        return person is { Words.Count: >= 2 } ? person : null;
    }
}
