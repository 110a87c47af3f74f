using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// One text block of a page as the block classifier sees it: the text between two block-level boundaries, the innermost
/// block element that holds it, the share of its characters inside links, and whether an earlier block had the same text
/// (a second copy of a menu, a post quoted in a reply, a hidden mobile copy).
/// </summary>
internal sealed record ContentBlock(string Text, IElement Owner, double LinkedShare, bool Hidden, bool Repeated)
{
    private string[]? _words;

    /// <summary>The block's lower-cased words (runs of letters and digits), computed once.</summary>
    public string[] Words => _words ??= BlockWords.Of(Text);
}
