namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Whether a short lead before a colon speaks of the speaker already talking: it names their surname again (`Dal Zotto ha
/// annunciato un ricorso`), or it has no subject at all (`E sui prezzi, taglia corto`): no determiner opens a noun phrase
/// and no capitalised word follows its first. `Un vecino fue claro` or `Los comerciantes protestan` bring in someone else.
/// </summary>
internal static class SameVoiceLead
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Indefinites =
        LanguageKnowledge.Set("un", "una", "uno", "unos", "unas", "une", "des", "um", "uma", "uns", "umas");

    public static bool Is(ReadOnlySpan<char> lead, string speaker, LanguageKnowledge language, int maxWords)
    {
        var surname = speaker.AsSpan(speaker.LastIndexOf(' ') + 1);
        var words = 0;
        var namesSpeaker = false;
        var bringsSomeone = false;
        var i = 0;
        while (i < lead.Length)
        {
            if (!char.IsLetter(lead[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < lead.Length && (char.IsLetter(lead[end]) || lead[end] == '-'))
            {
                end++;
            }

            var word = lead[i..end];
            namesSpeaker |= word.SequenceEqual(surname);
            bringsSomeone |= (words > 0 && char.IsUpper(word[0]) && !word.SequenceEqual(surname))
                || IsDeterminer(word.ToString().ToLowerInvariant(), language);
            words++;
            i = end;
        }

        return words is > 0 && words <= maxWords && (namesSpeaker || !bringsSomeone);
    }

    private static bool IsDeterminer(string lower, LanguageKnowledge language) => language.Determiners.Contains(lower) || Indefinites.Contains(lower);
}
