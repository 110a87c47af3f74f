namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `ein Vater`, `eine ältere Anwohnerin`: a German person noun after an indefinite article (and at most two adjectives) is
/// someone the text does not name; a name never takes `ein`. Spokespeople are left out: `ein Sprecher des Ministeriums`
/// speaks for a body the text names.
/// </summary>
internal static class GermanIndefinitePerson
{
    private const int MaxAdjectives = 2;

    /// <summary>Whether the phrase written at <paramref name="position"/> (its article or its noun) is an indefinite person.</summary>
    public static bool At(string text, int position)
    {
        if (position < 0 || position >= text.Length)
        {
            return false;
        }

        var first = WordAt(text, position);
        if (IsIndefinite(text.AsSpan(position, first - position)))
        {
            return NounAfter(text, first) is var (start, end) && IsPerson(text, start, end);
        }

        if (!char.IsUpper(text[position]))
        {
            return false;
        }

        var before = position;
        for (var adjectives = 0; adjectives <= MaxAdjectives; adjectives++)
        {
            if (PreviousWord(text, before) is not var (start, end))
            {
                return false;
            }

            if (IsIndefinite(text.AsSpan(start, end - start)))
            {
                return IsPerson(text, position, first);
            }

            if (!char.IsLower(text[start]))
            {
                return false;
            }

            before = start;
        }

        return false;
    }

    private static bool IsIndefinite(ReadOnlySpan<char> word) =>
        word is "Ein" or "Eine" or "ein" or "eine" or "einer" or "einem" or "einen";

    private static bool IsPerson(string text, int start, int end)
    {
        var noun = text[start..end];
        return !noun.Contains("sprecher", StringComparison.OrdinalIgnoreCase) && !FollowedByName(text, end)
            && (CapitalisedRole.IsRoleNoun(noun, "de") || CapitalisedRole.IsPersonWord(noun));
    }

    /// <summary>`ein Anwohner Karl Brink`-like runs name someone after the noun.</summary>
    private static bool FollowedByName(string text, int end) => end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);

    /// <summary>The capitalised noun after the article ending at <paramref name="from"/>, over at most two lower-case adjectives.</summary>
    private static (int Start, int End)? NounAfter(string text, int from)
    {
        var at = from;
        for (var words = 0; words <= MaxAdjectives; words++)
        {
            if (at >= text.Length || text[at] != ' ' || at + 1 >= text.Length || !char.IsLetter(text[at + 1]))
            {
                return null;
            }

            var start = at + 1;
            var end = WordAt(text, start);
            if (char.IsUpper(text[start]))
            {
                return (start, end);
            }

            at = end;
        }

        return null;
    }

    private static (int Start, int End)? PreviousWord(string text, int before)
    {
        if (before < 2 || text[before - 1] != ' ' || !char.IsLetter(text[before - 2]))
        {
            return null;
        }

        var start = before - 2;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (start, before - 1);
    }

    private static int WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end;
    }
}
