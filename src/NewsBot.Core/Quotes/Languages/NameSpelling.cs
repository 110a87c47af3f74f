namespace NewsBot.Core.Quotes.Languages;

/// <summary>How two spellings of a name match: accents aside, and a shorter form inside a fuller one (`Martínez` in `Juan Martínez d’Aubuisson`).</summary>
internal static class NameSpelling
{
    /// <summary>Every word of <paramref name="part"/> stands, in order, in <paramref name="full"/>; a lone first name does not.</summary>
    public static bool Contains(IReadOnlyList<string> full, IReadOnlyList<string> part)
    {
        var at = 0;
        foreach (var word in full)
        {
            // `De la Fuente` opening a sentence is `Francisca de la Fuente Valdivieso`: a lower-case word in a full name is a particle.
            at += at < part.Count && (SameName(word, part[at]) || (char.IsLower(word[0]) && string.Equals(word, part[at], StringComparison.OrdinalIgnoreCase))) ? 1 : 0;
        }

        // A lone first name is no reference to a full name (`Juan` is not `Juan Pérez`), a surname is, even where it comes
        // first (`Yoon` in `Yoon Tae-ho`).
        return at == part.Count && !(part.Count == 1 && SameName(full[0], part[0]) && !FamilyNameFirst.Is(full));
    }

    /// <summary>`Murátov` and `Muratov` are one name: transliterations differ in their accents.</summary>
    public static bool SameName(string a, string b) =>
        a == b || string.Equals(WithoutAccents(a), WithoutAccents(b), StringComparison.Ordinal);

    private static string WithoutAccents(string word)
    {
        var decomposed = word.Normalize(System.Text.NormalizationForm.FormD);
        return string.Concat(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));
    }
}
