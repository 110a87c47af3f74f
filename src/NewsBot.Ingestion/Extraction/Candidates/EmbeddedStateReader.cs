using System.Buffers;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.Candidates;

/// <summary>
/// Finds the article text in the state a JavaScript page embeds for itself: <c>__NEXT_DATA__</c> and other
/// <c>application/json</c> scripts, and assignments such as <c>window.__INITIAL_STATE__ = {…}</c>,
/// <c>Fusion.globalContent = {…}</c> or <c>window.__APOLLO_STATE__ = {…}</c>. The JSON is walked for the
/// longest prose: a long text field, or an array of content elements whose texts read in order.
/// </summary>
internal static class EmbeddedStateReader
{
    private const int MaxScriptChars = 2_500_000;

    /// <summary>State assignments open their script; looking further would scan every script on the page.</summary>
    private const int AssignmentSearchChars = 1_000;

    internal static readonly string[] StateAssignments =
    [
        "__INITIAL_STATE__", "__PRELOADED_STATE__", "__APOLLO_STATE__", "Fusion.globalContent", "__INITIAL_DATA__", "__STATE__",
    ];

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = ExtractionLimits.MaxJsonDepth,
    };

    /// <summary>The longest article-like text of the page's embedded state, as blocks; null when there is none.</summary>
    public static string? Read(IDocument document)
    {
        string? best = null;
        var bestWords = 0;
        foreach (var script in DomWalker.DescendantElementsNamed(document, "script"))
        {
            var json = JsonOf(script);
            if (json is null)
            {
                continue;
            }

            using (json)
            {
                if (ProseFinder.Longest(json.RootElement) is { } text && WordBag.Count(text) is var words && words > bestWords)
                {
                    (best, bestWords) = (text, words);
                }
            }
        }

        return best is null ? null : MarkupText.ToBlocks(best);
    }

    private static JsonDocument? JsonOf(IElement script)
    {
        var type = script.GetAttribute(null, "type")?.Trim();
        var isJson = type is not null && type.Equals("application/json", StringComparison.OrdinalIgnoreCase);
        // Templates, JSON-LD and other data scripts are ruled out by their type before their text is read.
        if (!isJson && type is not (null or "" or "text/javascript" or "application/javascript"))
        {
            return null;
        }

        // A script's text is one text node: reading it directly avoids copying every script on the page.
        var text = ScriptText.Of(script);
        if (text.Length is < 200 or > MaxScriptChars)
        {
            return null;
        }

        if (isJson)
        {
            return ParseValue(text, 0);
        }

        var head = text.AsSpan(0, Math.Min(text.Length, AssignmentSearchChars));
        foreach (var name in StateAssignments)
        {
            var at = head.IndexOf(name, StringComparison.Ordinal);
            var equals = at < 0 ? -1 : text.IndexOf('=', at + name.Length);
            if (equals > 0 && text.AsSpan(at + name.Length, equals - at - name.Length).Trim().IsEmpty)
            {
                var open = text.IndexOf('{', equals);
                if (open > 0 && text.AsSpan(equals + 1, open - equals - 1).Trim().IsEmpty)
                {
                    return ParseValue(text, open);
                }
            }
        }

        return null;
    }

    /// <summary>The first JSON value from <paramref name="start"/>, ignoring whatever script follows it.</summary>
    private static JsonDocument? ParseValue(string text, int start)
    {
        // The parsed document keeps its own copy of the value, so the script's bytes are only borrowed.
        var chars = text.AsSpan(start);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(chars));
        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(0, Encoding.UTF8.GetBytes(chars, bytes)), ReaderOptions);
            return JsonDocument.TryParseValue(ref reader, out var document) ? document : null;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
