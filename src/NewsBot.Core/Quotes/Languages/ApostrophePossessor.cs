namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Marrs‘ Kollegin Antje Bultemeier berichtete`, `Jones’ lawyer said`: a name ending in s, x, z or ß with a bare apostrophe
/// is a genitive, the owner of the noun after it, never the subject (`Webers Kollegin` already reads so without the mark).
/// </summary>
internal static class ApostrophePossessor
{
    public static bool Owns(string text, IReadOnlyList<Word> run)
    {
        var last = run[^1];
        return last.Text.Length > 1 && last.Text[^1] is 's' or 'x' or 'z' or 'ß'
            && last.End + 2 < text.Length && text[last.End] is '\'' or '’' or '‘' && text[last.End + 1] == ' ' && char.IsLetter(text[last.End + 2]);
    }
}
