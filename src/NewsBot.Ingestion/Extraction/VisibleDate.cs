using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The date a page shows its readers when its markup declares none: the first date written out with a month name
/// ("Dec 12, 2025", "17 December 2025", "Published August 7, 2023"), as an ISO day or in digits that read one way, in a short text such as a post's
/// meta line. Dates inside prose, navigation, footers and sidebars are not the page's own.
/// </summary>
internal static partial class VisibleDate
{
    /// <summary>Longer texts are prose, whose dates are about events, not the page.</summary>
    private const int MaxLineChars = 120;

    /// <summary>The shortest written date ("May 5 2025" less its spaces).</summary>
    private const int MinimumDateChars = 6;

    /// <summary>A date with a short label ("Published 17 December 2025") and no more: a longer text in a long parent is prose.</summary>
    private const int MaxLooseDateChars = 32;

    private static readonly char[] LabelPunctuation = [':', ',', '.', '-', '|', '·', '•', '(', ')', '[', ']'];

    private static readonly HashSet<string> PublicationLabels = new(StringComparer.Ordinal)
    {
        "published", "published on", "posted", "posted on", "on", "date", "publication date", "date published",
    };

    private static readonly object FirstLineKey = new();

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Lines are read in a pooled buffer and made strings only when they hold a digit; a parent already read is not read
    /// again for its next text node (its short line held no date). In a long parent, a text alone no longer than a date
    /// with a label is its own line (a blog's "20 December 2025" set loose between its title and its body).
    /// </summary>
    public static DateTimeOffset? Find(IDocument document) => FindLine(document)?.Day;

    /// <summary>The first shown date, and whether its line holds nothing else but a publication label (read once per indexed page).</summary>
    public static ShownDate? FindLine(IDocument document) =>
        DomIndex.Of(document) is { } index ? index.Memo.Remember(FirstLineKey, document, ReadFirstLine) : ReadFirstLine(document);

    private static ShownDate? ReadFirstLine(IDocument document)
    {
        var order = PageDayOrder.Of(document);
        DomText.TextScan<(bool, ShownDate?)> readLine = line => ReadLine(line, order);
        IElement? lastRead = null;
        var lastWasLong = false;
        var (headingSeen, textAfterHeading) = (false, 0);
        foreach (var node in VisibleText.Nodes(document))
        {
            if (node.ParentElement is not { } parent)
                continue;
            if (ElementAncestry.IsInside(parent, "h1"))
                (headingSeen, textAfterHeading) = (true, 0);
            else if (headingSeen)
                textAfterHeading += node.Data.Length;
            if (node.Data.Length < MinimumDateChars)
                continue;
            if (parent != lastRead)
            {
                lastRead = parent;
                var (isLong, date) = DomText.Scan(parent, MaxLineChars + 1, readLine);
                if (date is { } found && !OthersDate.Holds(parent))
                    return found with { TextAfterHeading = textAfterHeading, MarkedOtherwise = TimeElementDay.MarksAnotherDay(parent, found.Day) };
                lastWasLong = isLong;
            }
            if (lastWasLong && !OthersDate.Holds(parent) && node.Data.AsSpan().Trim() is { Length: <= MaxLooseDateChars } loose && LineDate(loose, order) is { } looseDate)
                return looseDate with { TextAfterHeading = textAfterHeading };
        }
        return null;
    }

    private static (bool IsLong, ShownDate? Date) ReadLine(ReadOnlySpan<char> line, NumericDayOrder order) =>
        line.Length > MaxLineChars ? (true, null) : (false, LineDate(line, order));

    /// <summary>The date a short line shows, and whether the line holds it alone (with a publication label at most).</summary>
    public static ShownDate? LineDate(ReadOnlySpan<char> line, NumericDayOrder order)
    {
        if (!line.ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var text = line.ToString();
        return Parse(text, order) is { } day ? new ShownDate(day, IsAlone(text), 0) : null;
    }

    /// <summary>Nothing but the date and a publication label: a post's date line, not a sentence or a reference that holds one.</summary>
    private static bool IsAlone(string line)
    {
        var rest = NumericDay().Replace(IsoDay().Replace(DayFirst().Replace(MonthFirst().Replace(line, ""), ""), ""), "");
        var label = rest.Trim().Trim(LabelPunctuation).Trim().ToLowerInvariant();
        return label.Length == 0 || PublicationLabels.Contains(label);
    }

    /// <summary>A date written in <paramref name="text"/>, read as a UTC day; <paramref name="order"/> settles digits that read both ways.</summary>
    public static DateTimeOffset? Parse(string text, NumericDayOrder order = NumericDayOrder.Unknown)
    {
        // Every pattern needs a digit; most lines of a page have none, and are answered without a pattern.
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        if (MonthFirst().Match(text) is { Success: true } m1)
        {
            return Day(m1.Groups["y"].Value, Month(m1.Groups["m"].Value), m1.Groups["d"].Value);
        }

        if (DayFirst().Match(text) is { Success: true } m2)
        {
            return Day(m2.Groups["y"].Value, Month(m2.Groups["m"].Value), m2.Groups["d"].Value);
        }

        if (IsoDay().Match(text) is { Success: true } m3)
        {
            return Day(m3.Groups["y"].Value, int.Parse(m3.Groups["m"].Value, CultureInfo.InvariantCulture), m3.Groups["d"].Value);
        }

        return NumericDay().Match(text) is { Success: true } m4 ? Numeric(m4, order) : null;
    }

    /// <summary>
    /// "10/31/2024", "31/10/2024", "11-29-2024" and "06.18.2025" read the one way they can; "17.05.2021" is read day first
    /// (the dotted form is European), and "05/06/2024" as the page's country writes it (<see cref="PageDayOrder"/>), else
    /// left unread. "03/03/2026" reads the same either way.
    /// </summary>
    private static DateTimeOffset? Numeric(Match match, NumericDayOrder order)
    {
        var (first, second) = (int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture));
        var (day, month) = second > 12 && first <= 12 ? (second, first)
            : (first > 12 && second <= 12) || first == second ? (first, second)
            : match.Groups["s"].Value == "." || order == NumericDayOrder.DayFirst ? (first, second)
            : order == NumericDayOrder.MonthFirst ? (second, first)
            : (0, 0);
        return month == 0 ? null : Day(match.Groups["y"].Value, month, day.ToString(CultureInfo.InvariantCulture));
    }

    private static int Month(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    private static DateTimeOffset? Day(string year, int month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && y is >= 1990 and <= 2100 && d >= 1 && d <= DateTime.DaysInMonth(y, month)
            ? new DateTimeOffset(y, month, d, 0, 0, 0, TimeSpan.Zero)
            : null;
    }

    private const string MonthName =
        @"(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?";

    /// <summary>"Dec 12, 2025", "December 1st 2025", "Dec. 19, 2025".</summary>
    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    /// <summary>"17 December 2025", "1st of May, 2024".</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?" + MonthName + @",?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    /// <summary>"2025-12-17", and year first with dots or slashes ("2025.12.17", "2025/1/7"), which read one way only.</summary>
    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)(?:-(?<m>\d\d)-(?<d>\d\d)(?:\b|(?=T\d))|(?<s>[./])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?![\d./]))", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"(?<![\d./-])(?<a>\d{1,2})(?<s>[./-])(?<b>\d{1,2})\k<s>(?<y>(?:19|20)\d\d)(?![\d./-])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDay();
}
