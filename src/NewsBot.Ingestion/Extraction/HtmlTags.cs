namespace NewsBot.Ingestion.Extraction;

/// <summary>Tag groups the extractor reasons about, matched against local names case-insensitively.</summary>
internal static class HtmlTags
{
    /// <summary>Never part of the readable text.</summary>
    public static readonly HashSet<string> NonContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "BUTTON",
        "INPUT", "SELECT", "TEXTAREA", "OPTION", "LINK", "META", "DIALOG", "FIGCAPTION", "MATH", "AUDIO", "VIDEO",
        "PICTURE", "SOURCE", "TITLE", "HEAD",
    };

    /// <summary>Page furniture: dropped unless it wraps most of the page's paragraph text.</summary>
    public static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "NAV", "HEADER", "FOOTER", "ASIDE", "FORM", "MENU",
    };

    /// <summary>Elements that start a new block of text.</summary>
    public static readonly HashSet<string> Block = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "NAV", "H1", "H2", "H3", "H4", "H5", "H6",
        "BLOCKQUOTE", "PRE", "FIGURE", "ADDRESS", "CENTER", "DETAILS", "SUMMARY", "DL", "DT", "DD", "HR", "FIELDSET",
        "TABLE", "CAPTION", "THEAD", "TBODY", "TFOOT", "TR", "TD", "TH", "UL", "OL", "LI", "BR", "FORM", "HGROUP", "LEGEND",
    };

    public static readonly HashSet<string> Headings = new(StringComparer.OrdinalIgnoreCase)
    {
        "H1", "H2", "H3", "H4", "H5", "H6",
    };

    public static bool IsBlock(string tag) => Block.Contains(tag);
}
