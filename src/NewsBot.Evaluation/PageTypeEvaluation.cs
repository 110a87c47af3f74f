using System.Text.Json;
using NewsBot.Core.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// Runs a page-type detector over a WCXB-style folder (ground-truth.json with page_type, html/&lt;id&gt;.html.gz)
/// and counts agreements, on one <see cref="EvaluationSplit"/>.
/// </summary>
public static class PageTypeEvaluation
{
    public static PageTypeReport Run(string folder, EvaluationSplit split, Func<string, Uri?, PageType> detect, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(detect);
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, ExtractionEvaluation.TruthFile)));
        var confusion = new Dictionary<(string, PageType), int>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var htmlPath = Path.Combine(folder, "html", page.Name + ".html.gz");
            if (!split.Includes(page.Name) || !File.Exists(htmlPath)
                || !page.Value.TryGetProperty("page_type", out var type) || type.GetString() is not { Length: > 0 } trueType)
            {
                continue;
            }

            var url = page.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
            var detected = detect(ExtractionEvaluation.ReadGzip(htmlPath), Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null);
            confusion[(trueType, detected)] = confusion.GetValueOrDefault((trueType, detected)) + 1;
        }

        return new PageTypeReport(confusion);
    }
}
