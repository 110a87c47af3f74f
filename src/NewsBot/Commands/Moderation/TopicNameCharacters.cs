using System.Globalization;
using System.Text;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// Invisible characters in a name: bidi overrides, isolates and marks, zero-width spaces and joiners, the BOM (Unicode's
/// format category). A zero-width joiner or non-joiner is kept where it does a visible job: between two letters (Persian,
/// Indic scripts) or inside an emoji sequence.
/// </summary>
internal static class TopicNameCharacters
{
    private const int ZeroWidthNonJoiner = 0x200C;
    private const int ZeroWidthJoiner = 0x200D;

    public static bool HasInvisible(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var runes = name.EnumerateRunes().ToList();
        for (var i = 0; i < runes.Count; i++)
        {
            if (Rune.GetUnicodeCategory(runes[i]) != UnicodeCategory.Format)
                continue;
            var joiner = runes[i].Value is ZeroWidthNonJoiner or ZeroWidthJoiner;
            if (!joiner || i == 0 || i == runes.Count - 1 || !IsVisible(runes[i - 1]) || !IsVisible(runes[i + 1]))
                return true;
        }
        return false;
    }

    private static bool IsVisible(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Format or UnicodeCategory.Control);
}
