using System.Text;

namespace NewsBot.Tests.Presentation;

/// <summary>What a Discord client shows for escaped text: a backslash before punctuation is dropped, zero-width spaces are invisible.</summary>
internal static class DiscordDisplay
{
    public static string Shown(string escaped)
    {
        var shown = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c == '\\' && i + 1 < escaped.Length && (char.IsPunctuation(escaped[i + 1]) || char.IsSymbol(escaped[i + 1])))
                c = escaped[++i];
            else if (c == '\u200B')
                continue;
            shown.Append(c);
        }
        return shown.ToString();
    }

    /// <summary>True when some markdown character would act as markdown rather than show.</summary>
    public static bool HasLiveMarkdown(string escaped)
    {
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\')
            {
                i++;
                continue;
            }
            if ("*_~`|>#-[]()".Contains(escaped[i], StringComparison.Ordinal))
                return true;
        }
        return escaped.Contains("@everyone", StringComparison.Ordinal)
            || escaped.Contains("@here", StringComparison.Ordinal)
            || escaped.Contains("<@", StringComparison.Ordinal);
    }
}
