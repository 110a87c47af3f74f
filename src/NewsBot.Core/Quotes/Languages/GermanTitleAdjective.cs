using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `die Vorsitzende Richterin`, `der Leitende Oberstaatsanwalt`: German capitalises an adjective that belongs to an official
/// title, so it stands first among a description's content words though the role is the noun after it. The article may
/// have introduced the person by that noun alone (`Richterin Gudrun Vehlage`). Only before a role noun: `der Vorsitzende
/// des Vereins` is himself the role.
/// </summary>
internal static class GermanTitleAdjective
{
    private static readonly FrozenSet<string> Adjectives = LanguageKnowledge.Set(
        "vorsitzende", "vorsitzender", "stellvertretende", "stellvertretender", "leitende", "leitender", "amtierende", "amtierender",
        "ehemalige", "ehemaliger", "frühere", "früherer", "zuständige", "zuständiger", "scheidende", "scheidender");

    /// <summary>The content words without a leading title adjective that a role noun follows.</summary>
    public static List<string> Strip(List<string> content, string languageCode) =>
        content.Count > 1 && Adjectives.Contains(content[0]) && EntityKnowledge.IsRoleWord(content[1], languageCode) ? content[1..] : content;
}
