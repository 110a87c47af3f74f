namespace NewsBot.Ingestion.Extraction.Candidates;

/// <summary>
/// Text found in structured data (JSON-LD, page state) as article blocks: HTML fragments are written as the
/// DOM path writes them; plain text keeps its line breaks as block breaks.
/// </summary>
internal static class MarkupText
{
    public static string ToBlocks(string raw)
    {
        if (LooksLikeHtml(raw))
        {
            using var document = PageParser.Parse("<body>" + raw + "</body>");
            if (document.Body is { } body)
            {
                var excluded = new ExcludedNodes();
                foreach (var element in DomWalker.DescendantElements(body).Where(e => HtmlTags.NonContent.Contains(e.LocalName)))
                {
                    excluded.Add(element);
                }

                return TextBlockWriter.Write([body], excluded);
            }
        }

        var output = new BlockBuilder();
        foreach (var line in System.Net.WebUtility.HtmlDecode(raw).Split('\n'))
        {
            output.Append(line);
            output.EndBlock();
        }

        return output.ToString();
    }

    private static bool LooksLikeHtml(string text)
    {
        var open = text.IndexOf('<', StringComparison.Ordinal);
        return open >= 0 && open + 1 < text.Length && (char.IsAsciiLetter(text[open + 1]) || text[open + 1] == '/')
            && text.IndexOf('>', open) > open;
    }
}
