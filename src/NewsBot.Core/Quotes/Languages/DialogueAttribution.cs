namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// The attribution inside a dialogue turn: a dash (`— afirmou o ministro —`, `—dijo García—`) or a comma, question or
/// exclamation mark (`, lâche-t-elle.`, `? lui lance un docker`) followed by a reporting verb. It spans from that mark to the
/// dash or full stop that closes it (the paragraph's end when none does); a dash not followed by a verb is a parenthesis.
/// </summary>
internal static class DialogueAttribution
{
    private const int MaxChars = 160;

    public static TextSpan? Find(string text, int start, int end, LanguageKnowledge language)
    {
        for (var i = start + 1; i < end - 2; i++)
        {
            // `— … — racconta X`, and the closing dash glued to the speech (`– … finita– dice Tiozzo`).
            var dash = text[i] is '—' or '–' && (char.IsWhiteSpace(text[i - 1]) || GluedClosingDash(text, i));
            if (!dash && !(text[i] is ',' or '?' or '!' && text[i + 1] == ' '))
            {
                continue;
            }

            var words = WordTokenizer.Tokenize(text, i + 1, Math.Min(end, i + 1 + MaxChars));
            if (words.Count == 0 || !char.IsLower(words[0].Text[0]) || !OpensWithVerb(words, language))
            {
                continue;
            }

            return new TextSpan(i, Close(text, words[0].End, end, dash));
        }

        return null;
    }

    /// <summary>`dijo`, `a assuré`, `lâche-t-elle`, and after an object pronoun (`lui lance`, `le respondió`).</summary>
    private static bool OpensWithVerb(List<Word> words, LanguageKnowledge language) =>
        VerbMatch.At(words, 0, language) is not null
        || (words.Count > 1 && words[0].Lower is "lui" or "leur" or "me" or "nous" or "le" or "les" or "lhe" or "lhes" && VerbMatch.At(words, 1, language) is not null);

    /// <summary>A dash glued to the last word of the speech and followed by a space: `finita– dice`, never a range (`1990–2000`).</summary>
    private static bool GluedClosingDash(string text, int i) =>
        i + 1 < text.Length && text[i + 1] == ' ' && (char.IsLetter(text[i - 1]) || text[i - 1] is '.' or '!' or '?' or '…');

    /// <summary>A dash attribution closes at the next dash; any attribution at the full stop ending its sentence.</summary>
    private static int Close(string text, int from, int end, bool dash)
    {
        for (var i = from; i < end; i++)
        {
            if (dash && text[i] is '—' or '–')
            {
                return i;
            }

            if (text[i] is '.' or '!' or '?' or ';' && (i + 1 == end || char.IsWhiteSpace(text[i + 1])) && !AfterAbbreviation(text, i))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>`M. Yoon`, `Sr. Gil`: a full stop after a short capitalised word ends no sentence.</summary>
    private static bool AfterAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return dot - start is > 0 and <= 3 && char.IsUpper(text[start]);
    }
}
