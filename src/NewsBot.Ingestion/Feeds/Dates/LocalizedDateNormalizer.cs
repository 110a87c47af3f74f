using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Feeds.Dates;

/// <summary>Rewrites localized dates (Korean, Hungarian, Greek, Perforce's slashes) into forms the core parsers read.</summary>
internal static partial class LocalizedDateNormalizer
{
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly Dictionary<string, int> HungarianMonths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["január"] = 1,
        ["február"] = 2,
        ["március"] = 3,
        ["április"] = 4,
        ["május"] = 5,
        ["június"] = 6,
        ["július"] = 7,
        ["augusztus"] = 8,
        ["szeptember"] = 9,
        ["október"] = 10,
        ["november"] = 11,
        ["december"] = 12,
    };

    private static readonly Dictionary<string, string> GreekWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ιαν"] = "Jan",
        ["Φεβ"] = "Feb",
        ["Μάώ"] = "Mar",
        ["Μαρ"] = "Mar",
        ["Μάρ"] = "Mar",
        ["Απρ"] = "Apr",
        ["Μάι"] = "May",
        ["Μαϊ"] = "May",
        ["Μαι"] = "May",
        ["Ιούν"] = "Jun",
        ["Ιον"] = "Jun",
        ["Ιούλ"] = "Jul",
        ["Ιολ"] = "Jul",
        ["Αύγ"] = "Aug",
        ["Αυγ"] = "Aug",
        ["Σεπ"] = "Sep",
        ["Οκτ"] = "Oct",
        ["Νοέ"] = "Nov",
        ["Νοε"] = "Nov",
        ["Δεκ"] = "Dec",
        ["Κυρ"] = "Sun",
        ["Δευ"] = "Mon",
        ["Τρι"] = "Tue",
        ["Τετ"] = "Wed",
        ["Πεμ"] = "Thu",
        ["Παρ"] = "Fri",
        ["Σαβ"] = "Sat",
    };

    private static readonly TimeSpan KoreaOffset = TimeSpan.FromHours(9);

    public static string? ToIso8601(string text)
    {
        if (KoreanNate().Match(text) is { Success: true } nate)
        {
            var hour = int.Parse(nate.Groups["hour"].Value, CultureInfo.InvariantCulture) % 12;
            if (nate.Groups["half"].Value == "오후")
                hour += 12;
            return Invariant($"{nate.Groups["date"].Value}T{hour:00}:{nate.Groups["rest"].Value}+09:00");
        }
        if (KoreanOnblog().Match(text) is { Success: true } onblog)
            return Invariant($"{onblog.Groups[1].Value}-{onblog.Groups[2].Value}-{onblog.Groups[3].Value}T{onblog.Groups[4].Value}+09:00");
        if (HungarianDate().Match(text) is { Success: true } hu && HungarianMonths.TryGetValue(hu.Groups["month"].Value, out var month))
            return Invariant($"{hu.Groups["year"].Value}-{month:00}-{hu.Groups["day"].Value.PadLeft(2, '0')}{HungarianTime(hu.Groups["rest"].Value)}");
        return null;
    }

    public static string? ToRfc822(string text)
    {
        if (PerforceDate().Match(text) is { Success: true } p)
        {
            var month = int.Parse(p.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? $"{p.Groups["day"].Value} {EnglishMonths[month - 1]} {p.Groups["year"].Value} {p.Groups["rest"].Value}" : null;
        }
        var replaced = GreekWord().Replace(text, m => GreekWords.TryGetValue(m.Value, out var english) ? english : m.Value);
        return replaced == text ? null : replaced;
    }

    // Hungarian feeds write single-digit hours ("T9:15"); ISO wants two.
    private static string HungarianTime(string rest) => SingleDigitHour().Replace(rest, "T0$1:");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})\s+(?<half>오전|오후)\s+(?<hour>\d{1,2}):(?<rest>\d{2}:\d{2})$")]
    private static partial Regex KoreanNate();

    [GeneratedRegex(@"^(\d{4})년\s*(\d{2})월\s*(\d{2})일\s+(\d{2}:\d{2}:\d{2})$")]
    private static partial Regex KoreanOnblog();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\p{L}+)-(?<day>\d{1,2})(?<rest>.*)$")]
    private static partial Regex HungarianDate();

    [GeneratedRegex(@"^T(\d):")]
    private static partial Regex SingleDigitHour();

    [GeneratedRegex(@"^(?:\p{L}+,?\s*)?(?<year>\d{4})/(?<month>\d{2})/(?<day>\d{2})\s+(?<rest>.*)$")]
    private static partial Regex PerforceDate();

    [GeneratedRegex(@"\p{IsGreek}+")]
    private static partial Regex GreekWord();
}
