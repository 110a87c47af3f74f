namespace NewsBot.Core.Quotes;

/// <summary>
/// Spanish and Portuguese dialogue: a paragraph that opens with a dash glued to the words is speech up to the dash that
/// opens the attribution (`—El puerto seguirá abierto —dijo García—.`). Only lines with such an attribution are read as
/// quotes; a dash followed by a space is a signature or a list item, not speech.
/// </summary>
internal static class DialogueDash
{
    /// <summary>Where the speech of a dialogue paragraph ends (the attribution's dash), or -1.</summary>
    public static int SpeechEnd(string text, TextSpan paragraph)
    {
        if (paragraph.Length < 4 || text[paragraph.Start] is not ('—' or '–') || !char.IsLetter(text[paragraph.Start + 1]) && text[paragraph.Start + 1] is not ('¿' or '¡'))
        {
            return -1;
        }

        for (var i = paragraph.Start + 2; i < paragraph.End - 1; i++)
        {
            if (text[i] is '—' or '–' && char.IsWhiteSpace(text[i - 1]) && char.IsLower(text[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }
}
