using System.Globalization;
using System.Text;
using NewsBot.Ingestion.Catalog;

namespace NewsBot.Cli.Verbs;

/// <summary><c>sources check</c>'s table: one aligned line per outlet, then a count per status.</summary>
internal static class SourceCheckTable
{
    private const int MaxDetailLength = 100;

    public static string Format(IReadOnlyList<SourceCheck> checks)
    {
        string[] header = ["outlet", "cc", "kind", "status", "items", "newest", "detail"];
        var rows = checks.Select(c => new[]
        {
            c.Outlet.Name, c.Outlet.Country, c.Outlet.Kind, c.Status, c.Items.ToString(CultureInfo.InvariantCulture),
            c.Newest?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-", Clip(c.Detail ?? ""),
        }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
            text.AppendLine(string.Join("  ", row.Select((cell, i) => i < widths.Length ? cell.PadRight(widths[i]) : cell)).TrimEnd());
        text.AppendLine(string.Join(", ", checks.GroupBy(c => c.Status).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {g.Key}")));
        return text.ToString();
    }

    private static string Clip(string text) => text.Length <= MaxDetailLength ? text : text[..(MaxDetailLength - 1)] + "…";
}
