using System.Text.RegularExpressions;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// An embedded social post as its embed code writes it into the page: the post's text, then a credit line such as
/// "— Harbour Rovers (@HarbourRovers) March 3, 2024". The story quotes the post, so its lines are article text.
/// </summary>
internal static partial class EmbeddedPost
{
    /// <summary>Whether <paramref name="lines"/>[<paramref name="index"/>] is a post's credit line or the text line above one.</summary>
    public static bool IsPostOrCredit(IReadOnlyList<string> lines, int index)
    {
        if (IsCredit(lines[index]))
        {
            return true;
        }

        var next = index + 1;
        while (next < lines.Count && lines[next].Length == 0)
        {
            next++;
        }

        return next < lines.Count && IsCredit(lines[next]);
    }

    private static bool IsCredit(string line) => line.Length <= 200 && CreditLine().IsMatch(line);

    [GeneratedRegex(@"^\s*[—–-]\s*[^\n]*\(@\w{1,30}\)[^\n]*\b(?:19|20)\d\d\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();
}
