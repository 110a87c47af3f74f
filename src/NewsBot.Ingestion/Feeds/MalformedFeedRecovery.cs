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

    public static string? ResumeAfter(string xml, int lineNumber, int linePosition)
    {
        if (RootStartTag(xml) is not { } root)
            return null;
        var next = NextItemStart(xml, OffsetOf(xml, lineNumber, linePosition));
        return next < 0 ? null : string.Concat(root, xml.AsSpan(next));
    }

    private static int OffsetOf(string xml, int lineNumber, int linePosition)
    {
        var offset = 0;
        for (var line = 1; line < lineNumber && offset >= 0; line++)
        {
            offset = xml.IndexOf('\n', offset);
            if (offset >= 0)
                offset++;
        }
        return offset < 0 ? xml.Length : Math.Min(xml.Length, offset + Math.Max(0, linePosition - 1));
    }

    private static int NextItemStart(string xml, int from)
    {
        for (var at = xml.IndexOf('<', from); at >= 0; at = xml.IndexOf('<', at + 1))
        {
            var rest = xml.AsSpan(at + 1);
            foreach (var name in (ReadOnlySpan<string>)["item", "entry"])
            {
                if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) && rest.Length > name.Length
                    && (char.IsWhiteSpace(rest[name.Length]) || rest[name.Length] is '>' or '/'))
                    return at;
            }
        }
        return -1;
    }

    private static string? RootStartTag(string xml)
    {
        for (var at = xml.IndexOf('<'); at >= 0 && at + 1 < xml.Length; at = xml.IndexOf('<', at + 1))
        {
            if (!char.IsLetter(xml[at + 1]))
                continue;
            var end = TagEnd(xml, at);
            return end < 0 || xml[end - 1] == '/' ? null : xml[at..(end + 1)];
        }
        return null;
    }

    private static int TagEnd(string xml, int at)
    {
        for (var i = at + 1; i < xml.Length; i++)
        {
            if (xml[i] is '"' or '\'')
            {
                i = xml.IndexOf(xml[i], i + 1);
                if (i < 0)
                    return -1;
            }
            else if (xml[i] == '>')
                return i;
        }
        return -1;
    }
}
