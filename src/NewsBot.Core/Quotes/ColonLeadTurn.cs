namespace NewsBot.Core.Quotes;

/// <summary>
/// A quote opened by its own colon lead (`…, confirme aujourd'hui pour Mathilde Roux que … : « … »`) belongs to that sentence:
/// when the sentence names someone other than the last speaker, the last speaker's turn does not carry into the quote, even
/// though the name does not open the sentence. Whoever the lead means, it is not surely the last speaker.
/// </summary>
internal static class ColonLeadTurn
{
    public static bool NamesSomeoneElse(string text, NameIndex names, int from, int openMark, string speaker, string? language)
    {
        var colon = openMark - 1;
        while (colon > from && char.IsWhiteSpace(text[colon]))
        {
            colon--;
        }

        if (colon <= from || text[colon] != ':')
        {
            return false;
        }

        var sentenceStart = colon;
        while (sentenceStart > from && !SentenceBoundaries.IsEnd(text, sentenceStart - 1, colon))
        {
            sentenceStart--;
        }

        return names.SomeoneElseNamed(sentenceStart, colon, speaker, language, anywhereInSentence: true);
    }
}
