using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// A script's text: its one text node's data as it is, where <c>TextContent</c> would copy it through a string builder
/// (JSON-LD and page state scripts run to hundreds of kilobytes, read by several readers).
/// </summary>
internal static class ScriptText
{
    public static string Of(IElement script) => script.ChildNodes is [IText only] ? only.Data : script.TextContent;
}
