using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Puts React's streamed parts where the page's script would: each <c>&lt;div hidden id="S:1"&gt;</c> at the end of the
/// body replaces its placeholder, a <c>&lt;template id="B:1"&gt;</c> (a boundary: its loading fallback, up to the closing
/// <c>&lt;!--/$--&gt;</c>, goes too) or <c>&lt;template id="P:1"&gt;</c> (a part of another part). Read where they stand,
/// the sections of an article that waited on data are part of its body, not a rail after the footer. The part keeps its
/// hidden wrapper, so each reading treats it as before (<see cref="StreamedSegment"/>: the article path reads it, the page
/// types' regions do not); a part without its placeholder stays where it is.
/// </summary>
internal static class StreamedPlacement
{
    private const string BoundaryEnd = "/$";

    /// <param name="html">The markup the document was parsed from: a page without a streamed part costs one search.</param>
    public static void Apply(IDocument document, string html)
    {
        if (!html.Contains("id=\"S:", StringComparison.Ordinal) || document.Body is not { } body)
        {
            return;
        }

        var placeholders = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var template in body.QuerySelectorAll("template[id]"))
        {
            placeholders.TryAdd(template.Id!, template);
        }

        foreach (var segment in body.QuerySelectorAll("div[hidden]").Where(StreamedSegment.Is).ToList())
        {
            var number = segment.Id!.AsSpan(2).ToString();
            if ((placeholders.GetValueOrDefault("B:" + number) ?? placeholders.GetValueOrDefault("P:" + number)) is not { Parent: { } parent } placeholder
                || placeholder.Contains(segment) || segment.Contains(placeholder))
            {
                continue;
            }

            if (placeholder.Id!.StartsWith("B:", StringComparison.Ordinal))
            {
                RemoveFallback(placeholder);
            }

            parent.ReplaceChild(segment, placeholder);
        }
    }

    /// <summary>The boundary's loading fallback: the siblings after the placeholder up to the boundary's closing comment.</summary>
    private static void RemoveFallback(IElement placeholder)
    {
        var fallback = new List<INode>();
        var depth = 0;
        for (var node = placeholder.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IComment comment)
            {
                if (comment.Data == BoundaryEnd)
                {
                    if (depth == 0)
                    {
                        fallback.ForEach(n => n.Parent?.RemoveChild(n));
                        return;
                    }

                    depth--;
                }
                else if (comment.Data.StartsWith('$'))
                {
                    depth++;
                }
            }

            fallback.Add(node);
        }
    }
}
