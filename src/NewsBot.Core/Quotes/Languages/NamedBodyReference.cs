namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Am Samstag warnte die Gemeinde Boltigen … . Die Gemeinde meint jedoch: «…»`: a body's noun as the subject of a verb of
/// saying stands for the one body the article named before with that noun and a proper name, as long as the article has
/// named no person by then (a person would compete as the source, and was the earlier attempt's wrong answer).
/// </summary>
internal static class NamedBodyReference
{
    private const int MaxNameWords = 3;

    /// <summary>The body named `<paramref name="noun"/> Proper Name` before <paramref name="before"/>, when exactly one such name is written; else null.</summary>
    public static string? Find(string text, int before, string noun, LanguageKnowledge language)
    {
        var words = WordTokenizer.Tokenize(text, 0, before);
        string? found = null;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Text != noun)
            {
                continue;
            }

            var end = i + 1;
            while (end < words.Count && end - i <= MaxNameWords && words[end].IsCapitalized && OnlySpaceBetween(text, words[end - 1], words[end])
                && !EntityKnowledge.IsCommonWord(words[end].Text, language.Code) && !EntityKnowledge.IsRoleWord(words[end].Text, language.Code))
            {
                end++;
            }

            if (end == i + 1)
            {
                continue;
            }

            var name = text[words[i].Start..words[end - 1].End];
            if (found is not null && found != name)
            {
                return null;
            }

            found = name;
        }

        return found;
    }

    private static bool OnlySpaceBetween(string text, Word left, Word right) =>
        text.AsSpan(left.End, right.Start - left.End).IsWhiteSpace() && right.Start > left.End;
}
