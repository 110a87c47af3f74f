using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A note that the page first came out earlier than it now declares ("This article was originally published on 26 Sep
/// 2019", "Originally posted November 12, 2024"): republished and regularly updated pages keep their first day in the text
/// while their tags move with each update. The day must follow the label; "Originally posted by" (a quoted forum post)
/// and a month alone ("originally published in March 2022") name no day.
/// </summary>
internal static partial class OriginallyPublished
{
    private const int MaxLineChars = 300;
    private const int MaxDateChars = 40;

    public static DateTimeOffset? Apply(DateTimeOffset? published, IDocument document, bool isThread) =>
        !isThread && Find(document) is { } first && (published is not { } current || first.Date < current.Date) ? first : published;

    private static DateTimeOffset? Find(IDocument document)
    {
        foreach (var node in VisibleText.Nodes(document))
        {
            if (!node.Data.Contains("originally", StringComparison.OrdinalIgnoreCase) && !node.Data.Contains("first", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var line = node.ParentElement is { } parent ? DomText.Of(parent, MaxLineChars) : node.Data;
            if (Label().Match(line) is { Success: true } label
                && line[(label.Index + label.Length)..] is var after && VisibleDate.Parse(after[..Math.Min(after.Length, MaxDateChars)]) is { } day)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The label and what may stand between it and the day ("on", "on the", a weekday is read by the date parser).</summary>
    [GeneratedRegex(@"\b(?:originally|first)\s+(?:published|posted)\s*(?::\s*|on\s+(?:the\s+)?)?(?!(?:by|in)\b)(?=\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
