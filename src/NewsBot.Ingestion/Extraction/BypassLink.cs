using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A "Skip to content" link: the accessibility shortcut (WCAG's bypass block) that jumps over the page's header to an
/// anchor on the same page. Sites place it first in the body, hidden until focused, with classes that also name the
/// content ("skip-to-content-link"), so neither visibility nor class words rule it out; on a page whose content is
/// drawn by script it is the only text left and would become the page's text.
/// </summary>
internal static class BypassLink
{
    private const int MaxChars = 40;

    /// <summary>How the shortcut begins, lower case: English, German, French, Spanish, Italian, Portuguese.</summary>
    private static readonly string[] Openings =
    [
        "skip to ", "skip navigation", "skip main", "zum inhalt", "direkt zum inhalt", "zum hauptinhalt", "aller au contenu",
        "passer au contenu", "saltar al contenido", "ir al contenido", "salta al contenuto",
        "vai al contenuto", "pular para o conteúdo", "ir para o conteúdo",
    ];

    public static bool Is(IElement element)
    {
        if (element.LocalName != "a" || element.GetAttribute(null, "href") is not { Length: > 1 } href || href[0] != '#')
        {
            return false;
        }

        var text = DomText.Of(element, MaxChars + 1).Trim();
        return text.Length <= MaxChars
            && Openings.Any(opening => text.StartsWith(opening, StringComparison.OrdinalIgnoreCase) || text.Equals(opening.TrimEnd(), StringComparison.OrdinalIgnoreCase));
    }
}
