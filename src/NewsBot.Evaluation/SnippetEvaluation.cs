using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>
/// Runs an extractor over a trafilatura evaluation folder (evaldata.json and html/&lt;id&gt;.html.gz) and counts its
/// must-include and must-exclude snippets as trafilatura's own evaluation does.
/// </summary>
public static class SnippetEvaluation
{
    public const string SnippetFile = "evaldata.json";

    public static SnippetReport Run(
        string folder, Func<string, Uri?, PageExtraction> extract, EvaluationSplit split, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        using var data = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, SnippetFile)));
        var pages = new List<SnippetPage>();
        var missing = 0;
        foreach (var page in data.RootElement.EnumerateObject().Where(p => split.Includes(p.Name)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var htmlPath = Path.Combine(folder, "html", page.Name + ".html.gz");
            var extraction = new PageExtraction("");
            if (File.Exists(htmlPath))
            {
                var url = ExtractionEvaluation.StringOf(page.Value, "url");
                extraction = extract(ExtractionEvaluation.ReadGzip(htmlPath), Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null);
            }
            else
            {
                missing++;
            }

            var counts = SnippetScoring.Count(extraction.Text, Strings(page.Value, "with"), Strings(page.Value, "without"));
            pages.Add(new SnippetPage(page.Name, counts, extraction.Text, extraction.Candidate));
        }

        return new SnippetReport(pages, missing);
    }

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var values) && values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}
