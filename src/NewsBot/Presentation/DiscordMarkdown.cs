using System.Text;

namespace NewsBot.Presentation;

/// <summary>
/// Makes article text show literally in Discord: markdown characters get a backslash (Discord drops a backslash
/// before any punctuation), and mass pings and mention syntax get a zero-width space so they never resolve.
/// </summary>
public static class DiscordMarkdown
{
    private const string MarkdownCharacters = "\\*_~`|>#-[]()";
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (MarkdownCharacters.Contains(c, StringComparison.Ordinal))
                escaped.Append('\\');
            escaped.Append(c);
            if (c == '<' && i + 1 < text.Length && IsMentionStart(text[i + 1]))
                escaped.Append(ZeroWidthSpace);
            else if (c == '@' && (StartsWordAt(text, i + 1, "everyone") || StartsWordAt(text, i + 1, "here")))
                escaped.Append(ZeroWidthSpace);
        }
        return escaped.ToString();
    }

    // <@user>, <@&role>, <#channel>, <:emoji:id>, <a:emoji:id>, <t:stamp>, </command:id>
    private static bool IsMentionStart(char next) => next is '@' or '#' or ':' or '/' or 'a' or 't';

    private static bool StartsWordAt(string text, int index, string word) =>
        string.CompareOrdinal(text, index, word, 0, word.Length) == 0;
}
