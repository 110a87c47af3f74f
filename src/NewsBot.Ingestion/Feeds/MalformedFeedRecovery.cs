namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// After a well-formedness error, finds where reading can resume: the next item or entry start tag after the error,
/// re-parented under a copy of the root start tag (so namespace declarations still apply). The broken item is lost,
/// the ones after it are not.
/// </summary>
internal static class MalformedFeedRecovery
{
    // Each resumption copies the rest of the document; a feed broken in more places than this is not worth saving.
    public const int MaxResumptions = 10;

    public static string? ResumeAfter(ReadOnlySpan<char> xml, int lineNumber, int linePosition)
    {
        if (RootStartTag(xml) is not { } root)
            return null;
        var next = NextItemStart(xml, OffsetOf(xml, lineNumber, linePosition));
        return next < 0 ? null : string.Concat(root, xml[next..]);
    }

    private static int OffsetOf(ReadOnlySpan<char> xml, int lineNumber, int linePosition)
    {
        var offset = 0;
        for (var line = 1; line < lineNumber && offset >= 0; line++)
        {
            var newline = xml[offset..].IndexOf('\n');
            offset = newline < 0 ? -1 : offset + newline + 1;
        }
        return offset < 0 ? xml.Length : Math.Min(xml.Length, offset + Math.Max(0, linePosition - 1));
    }

    private static int NextItemStart(ReadOnlySpan<char> xml, int from)
    {
        for (var at = NextTag(xml, from); at >= 0; at = NextTag(xml, at + 1))
        {
            var rest = xml[(at + 1)..];
            foreach (var name in (ReadOnlySpan<string>)["item", "entry"])
            {
                if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) && rest.Length > name.Length
                    && (char.IsWhiteSpace(rest[name.Length]) || rest[name.Length] is '>' or '/'))
                {
                    return at;
                }
            }
        }
        return -1;
    }

    private static int NextTag(ReadOnlySpan<char> xml, int from)
    {
        var next = from < xml.Length ? xml[from..].IndexOf('<') : -1;
        return next < 0 ? -1 : from + next;
    }

    private static string? RootStartTag(ReadOnlySpan<char> xml)
    {
        for (var at = NextTag(xml, 0); at >= 0 && at + 1 < xml.Length; at = NextTag(xml, at + 1))
        {
            if (!char.IsLetter(xml[at + 1]))
                continue;
            var end = TagEnd(xml, at);
            return end < 0 || xml[end - 1] == '/' ? null : xml[at..(end + 1)].ToString();
        }
        return null;
    }

    private static int TagEnd(ReadOnlySpan<char> xml, int at)
    {
        for (var i = at + 1; i < xml.Length; i++)
        {
            if (xml[i] is '"' or '\'')
            {
                var close = xml[(i + 1)..].IndexOf(xml[i]);
                if (close < 0)
                    return -1;
                i += 1 + close;
            }
            else if (xml[i] == '>')
            {
                return i;
            }
        }
        return -1;
    }
}
