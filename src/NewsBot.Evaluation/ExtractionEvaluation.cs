using System.IO.Compression;
using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>
/// Runs an extractor over an article-extraction-benchmark folder (ground-truth.json and html/&lt;id&gt;.html.gz)
/// and scores it page by page, in the order of the ground truth, as eval_extraction.py does.
/// </summary>
public static class ExtractionEvaluation
{
    public const string TruthFile = "ground-truth.json";

    /// <param name="extract">The page's HTML and address to its main text.</param>
    public static ExtractionReport Run(string folder, Func<string, Uri?, string> extract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        return Run(folder, (html, uri) => new PageExtraction(extract(html, uri)), EvaluationSplit.All, cancellationToken);
    }

    /// <param name="extract">The page's HTML and address to its main text and the candidate it came from.</param>
    /// <param name="split">The pages to score (held-out pages are those whose numeric id is divisible by 3).</param>
    public static ExtractionReport Run(
        string folder, Func<string, Uri?, PageExtraction> extract, EvaluationSplit split, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var truthPath = Path.Combine(folder, TruthFile);
        if (!File.Exists(truthPath))
        {
            throw new FileNotFoundException($"{truthPath} not found: the folder must hold {TruthFile} and html/<id>.html.gz", truthPath);
        }

        using var truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        var pages = new List<PageScore>();
        var missing = 0;
        foreach (var page in truth.RootElement.EnumerateObject().Where(p => split.Includes(p.Name)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var expected = StringOf(page.Value, "articleBody") ?? "";
            var htmlPath = Path.Combine(folder, "html", page.Name + ".html.gz");
            var extraction = new PageExtraction("");
            if (File.Exists(htmlPath))
            {
                var url = StringOf(page.Value, "url");
                extraction = extract(ReadGzip(htmlPath), Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null);
            }
            else
            {
                missing++;
            }

            var predicted = extraction.Text;
            var exact = ExtractionScoring.Tokens(expected).SequenceEqual(ExtractionScoring.Tokens(predicted), StringComparer.Ordinal);
            pages.Add(new PageScore(page.Name, ExtractionScoring.ScorePage(expected, predicted), predicted, exact)
            {
                PageType = StringOf(page.Value, "page_type"),
                WordF1 = WordBagScoring.WordF1(predicted, expected),
                Candidate = extraction.Candidate,
                DetectedType = extraction.PageType,
            });
        }

        return new ExtractionReport(pages, missing);
    }

    public static string ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    internal static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
