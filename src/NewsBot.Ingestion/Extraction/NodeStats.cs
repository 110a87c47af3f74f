namespace NewsBot.Ingestion.Extraction;

/// <summary>Text measures of one element's subtree (whitespace runs count as one character).</summary>
internal struct NodeStats
{
    public int TextLength { get; set; }

    /// <summary>The text a reader sees: without script, style, template and noscript content (inline JSON, CSS).</summary>
    public int ReadableTextLength { get; set; }
    public int LinkTextLength { get; set; }
    public int Commas { get; set; }
    public int ParagraphTextLength { get; set; }
    public int Paragraphs { get; set; }
    public int ListItems { get; set; }
    public int Images { get; set; }

    public readonly double LinkDensity => TextLength == 0 ? 0 : Math.Min(1.0, (double)LinkTextLength / TextLength);

    public void Add(NodeStats child)
    {
        TextLength += child.TextLength;
        ReadableTextLength += child.ReadableTextLength;
        LinkTextLength += child.LinkTextLength;
        Commas += child.Commas;
        ParagraphTextLength += child.ParagraphTextLength;
        Paragraphs += child.Paragraphs;
        ListItems += child.ListItems;
        Images += child.Images;
    }
}
