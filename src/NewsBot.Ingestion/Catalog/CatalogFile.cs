namespace NewsBot.Ingestion.Catalog;

/// <summary>
/// Reads the catalogue's tab-separated rows (name, homepage, country, languages, kind, url; a header first), as
/// written by tools/catalog/build.py. A row that does not read is an error: the file is ours and tested.
/// </summary>
internal static class CatalogFile
{
    public const string ResourceName = "NewsBot.Ingestion.Catalog.outlets.tsv";
    private const int Columns = 6;

    public static IReadOnlyList<CatalogOutlet> ReadBuiltIn()
    {
        using var stream = typeof(CatalogFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded catalogue {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd());
    }

    public static IReadOnlyList<CatalogOutlet> Read(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. lines.Skip(1).Select((line, index) => Row(line, index + 2))];
    }

    private static CatalogOutlet Row(string line, int lineNumber)
    {
        var cells = line.Split('\t');
        var entry = cells.Length == Columns
            ? new CatalogOutletEntry
            {
                Name = cells[0],
                Homepage = cells[1],
                Country = cells[2],
                Kind = cells[4],
                Url = cells[5],
                Languages = cells[3] == "-" ? [] : cells[3].Split(','),
            }
            : throw new FormatException($"Catalogue line {lineNumber}: {cells.Length} columns, not {Columns}.");
        var problem = CatalogEntryRules.Problems(entry).FirstOrDefault();
        return problem is null ? CatalogEntryRules.ToOutlet(entry) : throw new FormatException($"Catalogue line {lineNumber}: {problem}");
    }
}
