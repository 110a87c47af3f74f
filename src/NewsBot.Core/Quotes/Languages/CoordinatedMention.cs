namespace NewsBot.Core.Quotes.Languages;

/// <summary>A person named beside another as one of two subjects (`Bianchi e Neri`), whom a later pronoun cannot tell apart.</summary>
internal static class CoordinatedMention
{

    /// <summary>`Bianchi e Neri si sono incontrati`, `Neri und Bianchi`: the person is named beside another, as one of two subjects.</summary>
    public static bool Is(string text, LanguageKnowledge language, PersonMention person)
    {
        var before = text.AsSpan(0, person.Start).TrimEnd();
        var last = before.LastIndexOf(' ');
        var word = before[(last + 1)..].ToString();
        if ((language.And.Contains(word) && last > 0 && char.IsLetter(before[last - 1]) && IsCapitalisedWordEndingAt(before, last)) || CoordinatedRole.Follows(text, person.Start, language))
        {
            return true;
        }

        var end = person.Start;
        foreach (var part in person.Words)
        {
            end = text.IndexOf(part, end, StringComparison.Ordinal) + part.Length;
        }

        var after = text.AsSpan(end).TrimStart();
        var space = after.IndexOf(' ');
        return space > 0 && language.And.Contains(after[..space].ToString()) && space + 1 < after.Length && char.IsUpper(after[space + 1]);
    }

    private static bool IsCapitalisedWordEndingAt(ReadOnlySpan<char> text, int end)
    {
        var start = end - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return char.IsUpper(text[start]);
    }
}
