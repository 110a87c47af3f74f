using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The day a page's address names ("/2023/10/03/", "/blog/2023/october/03/"): blogs and news sites file a post under
/// the day it was published, so the address speaks for a page that neither declares nor shows its date.
/// </summary>
internal static partial class UrlDay
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateTimeOffset? Find(Uri? pageUri)
    {
        if (pageUri is null || DayPath().Match(pageUri.AbsolutePath) is not { Success: true } match)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Value is var m && char.IsAsciiDigit(m[0])
            ? int.Parse(m, CultureInfo.InvariantCulture)
            : Array.IndexOf(Months, m[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero)
            : null;
    }

    /// <summary>Year, month (digits or an English name) and day as whole path segments, so an id or a price is not read.</summary>
    [GeneratedRegex(
        @"/(?<y>(?:19|20)\d\d)/(?<m>\d{1,2}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)/(?<d>\d{1,2})(?:/|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayPath();
}
