namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>The text of a page's content region and how many of its characters are not link text.</summary>
internal sealed record RegionText(string Text, int ProseChars);
