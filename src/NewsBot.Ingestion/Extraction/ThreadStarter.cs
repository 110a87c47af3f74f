using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsBot.Core.Text;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The member a thread page names as its starter ("Thread starter" over the name, XenForo's; "Started by Ann, June 4,
/// 2024", SMF's; "Topic starter", "Themenstarter", "Auteur du sujet"): the thread's author, where the first credit the
/// markup marks may be a pinned moderator's or an accepted answer's. The labels name a thread on any page the detector
/// did not take for one; "started by" does so only with the starting date after the name, as an article's sentence can
/// open with it. "Original poster" is left out: forums show it as a badge after the name of each post the starter wrote.
/// </summary>
internal static partial class ThreadStarter
{
    /// <summary>A member's name is short; a longer text after the label is a sentence.</summary>
    private const int MaxNameChars = 60;

    private const int MaxNameWords = 4;

    /// <summary>A thread header's line: a topic's title, "started by", the name and the day.</summary>
    private const int MaxStartedLineChars = 200;

    /// <summary>Every label holds one; a vectorised search answers the page's other text nodes.</summary>
    private static readonly System.Buffers.SearchValues<string> LabelStems =
        System.Buffers.SearchValues.Create(["starter", "started", "sujet"], StringComparison.OrdinalIgnoreCase);

    public static string? Find(IDocument document, bool isThread)
    {
        var afterLabel = false;
        foreach (var node in VisibleText.Nodes(document))
        {
            if (!afterLabel && !node.Data.AsSpan().ContainsAny(LabelStems))
            {
                continue;
            }

            var text = Whitespace.Collapse(node.Data);
            if (afterLabel)
            {
                return Name(text);
            }

            afterLabel = LabelAlone().IsMatch(text);
            if (!afterLabel && LabelledName().Match(text) is { Success: true } match
                && (isThread || !match.Groups["started"].Success || DatedAfterName(match.Groups["name"].Value)))
            {
                return Name(match.Groups["name"].Value);
            }
        }

        return null;
    }

    /// <summary>
    /// The day on the one "started by Ann, June 4, 2024" line of a page (SMF's and older XenForo's thread header, the
    /// name and the day often links of their own): the thread's start, where the markup's first time may be the latest
    /// reply's. A board's topic list shows such a line per topic, so a second one means none.
    /// </summary>
    public static DateTimeOffset? StartedDay(IDocument document)
    {
        DateTimeOffset? day = null;
        IElement? lastRead = null;
        foreach (var node in VisibleText.Nodes(document))
        {
            if (node.ParentElement is not { } parent || !node.Data.Contains("started", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var line = parent.Closest("p, div, li, span, td") ?? parent;
            if (line == lastRead || DomText.Of(line, MaxStartedLineChars + 1) is not { Length: <= MaxStartedLineChars } text)
            {
                continue;
            }

            lastRead = line;
            if (StartedLine().Match(Whitespace.Collapse(text)) is { Success: true } match
                && Name(match.Groups["name"].Value) is not null && VisibleDate.Parse(match.Groups["day"].Value) is { } started)
            {
                if (day is not null)
                {
                    return null;
                }

                day = started;
            }
        }

        return day;
    }

    private static bool DatedAfterName(string text) => text.Split(',', 2) is [_, var rest] && VisibleDate.Parse(rest) is not null;

    /// <summary>
    /// The name up to a comma (SMF writes the date after it), when it reads as a member's: one handle ("pelex"), or a few
    /// capitalised words ("Ingrid Falk"); "started by planting seeds" opens a sentence.
    /// </summary>
    private static string? Name(string text)
    {
        var name = BylineCleaner.Clean(text.Split(',', 2)[0]);
        var words = name?.Split(' ') ?? [];
        return name is { Length: <= MaxNameChars } && (words.Length == 1 || (words.Length <= MaxNameWords && words.All(w => char.IsUpper(w[0])))) ? name : null;
    }

    private const string Labels = @"(?:thread\s+starter|topic\s+starter|(?<started>started\s+by)|themenstarter|auteur\s+du\s+sujet)";

    [GeneratedRegex(@"\bstarted\s+by\s+(?<name>[^,]{1,60}),(?<day>[^,]{4,20},?[^,]{0,20})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartedLine();

    [GeneratedRegex(@"^(?:thread\s+starter|topic\s+starter|themenstarter|auteur\s+du\s+sujet)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelAlone();

    [GeneratedRegex(@"^" + Labels + @"\s*:?\s+(?<name>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledName();
}
