using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A script's or a title's text: its one text node's data as it is, or nothing when it has none (a script with a source),
/// where <c>TextContent</c> would copy it through AngleSharp's pooled string builders, whose lock cost more than the copy
/// (JSON-LD and page state scripts run to hundreds of kilobytes, read by several readers; most pages load dozens of scripts).
/// </summary>
internal static class ScriptText
{
    public static string Of(IElement script) => script.ChildNodes switch
    {
        [] => string.Empty,
        [IText only] => only.Data,
        _ => script.TextContent,
    };
}
