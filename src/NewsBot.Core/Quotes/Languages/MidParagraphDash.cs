namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// Italian dialogue that opens after a sentence of narration in the same paragraph: `Accanto a lui il figlio sistema le reti.
/// – Io ho trent'anni … – ammette.` A spaced dash after a sentence's end and before a capital opens the turn.
/// </summary>
internal static class MidParagraphDash
{
    /// <summary>Where the dash that opens such a turn stands, or -1.</summary>
    public static int Find(string text, TextSpan paragraph)
    {
        for (var i = paragraph.Start + 2; i < paragraph.End - 2; i++)
        {
            if (text[i] is '–' or '—' && text[i - 1] == ' ' && text[i - 2] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                return i;
            }
        }

        return -1;
    }
}
