using System.Text.Json;
using NewsBot.Ingestion.Extraction.Blocks;

namespace NewsBot.Evaluation;

/// <summary>The pages of a WCXB folder (ground-truth.json and html/&lt;id&gt;.html.gz) in one split, cut into labelled blocks.</summary>
public static class BlockTrainingSet
{
    public static List<BlockTrainingPage> Read(string folder, EvaluationSplit split, CancellationToken cancellationToken = default)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, ExtractionEvaluation.TruthFile)));
        var pages = truth.RootElement.EnumerateObject()
            .Where(p => split.Includes(p.Name) && File.Exists(HtmlPath(folder, p.Name)))
            .Select(p => (Id: p.Name, Truth: ExtractionEvaluation.StringOf(p.Value, "articleBody") ?? "", Url: ExtractionEvaluation.StringOf(p.Value, "url")))
            .ToList();
        var read = new BlockTrainingPage[pages.Count];
        // Pages are read in parallel and kept in the truth's order, so training sees the same order every time.
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = 2 }, i =>
        {
            var (id, text, url) = pages[i];
            read[i] = BlockTrainingPage.Read(
                ExtractionEvaluation.ReadGzip(HtmlPath(folder, id)), Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null, text);
        });
        return [.. read];
    }

    private static string HtmlPath(string folder, string id) => Path.Combine(folder, "html", id + ".html.gz");
}
