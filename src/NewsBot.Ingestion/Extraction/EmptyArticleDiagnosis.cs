using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Says why a parsed page yielded no main text, so a caller can tell a script-built page from a link list.</summary>
internal static class EmptyArticleDiagnosis
{
    public static string Reason(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return "the page has no body";
        }

        var scripts = DomWalker.DescendantElementsNamed(document, "script").Count();
        var visibleText = DomWalker.Descendants(body, enter: n => !IsCode(n))
            .Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent));

        return (visibleText, scripts) switch
        {
            (false, > 0) => $"the page holds only scripts ({scripts}) and no readable text: it is built by JavaScript",
            (false, _) => "the page has no readable text",
            _ => "no main text found: the page's text is navigation, links or other boilerplate",
        };
    }

    private static bool IsCode(INode node) => node is IElement { LocalName: "script" or "style" or "noscript" or "template" };
}
