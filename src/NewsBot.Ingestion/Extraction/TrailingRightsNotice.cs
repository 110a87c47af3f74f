using System.Text.RegularExpressions;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Drops the copyright or rights notice a page closes its article with ("© 2024 The Harbour Post", "All rights
/// reserved"): it belongs to the site, not to the story. Only short lines at the very end go, one after another,
/// so a body paragraph about copyright law stays, and a text that is nothing but a notice is kept whole.
/// </summary>
internal static partial class TrailingRightsNotice
{
    /// <summary>A notice is a line, not a paragraph; longer lines that mention copyright are body text.</summary>
    private const int MaxNoticeWords = 25;

    /// <summary>The text without its closing notice lines; the text itself when it has none.</summary>
    public static string Remove(string text)
    {
        var end = text.TrimEnd().Length;
        while (end > 0)
        {
            var lineStart = text.LastIndexOf('\n', end - 1) + 1;
            if (lineStart == 0 || !IsNotice(text.AsSpan(lineStart, end - lineStart)))
            {
                break;
            }

            end = text.AsSpan(0, lineStart).TrimEnd().Length;
        }

        return end == text.Length ? text : text[..end];
    }

    private static bool IsNotice(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || TextMeasures.SpaceSeparatedWords(trimmed) > MaxNoticeWords)
        {
            return false;
        }

        return NoticePattern().IsMatch(trimmed);
    }

    // "(c)" only before a year: a closing list item "(c) the board's reply" is body text.
    [GeneratedRegex(
        @"©|\(c\)\s*(?:19|20)\d\d|^copyright\b|\bcopyright\s*(?:©|\(c\)|(?:19|20)\d\d)|all rights reserved|alle rechte vorbehalten"
        + @"|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados"
        + @"|alle rechten voorbehouden",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoticePattern();
}
