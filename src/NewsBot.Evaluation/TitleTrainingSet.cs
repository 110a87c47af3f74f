using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.Titles;

namespace NewsBot.Evaluation;

/// <summary>
/// The title model's training examples from a WCXB-style folder: every page of the split with a title, its title
/// candidates as the extractor sees them, each right when it matches the truth by <see cref="WcxbMetadataEvaluation"/>'s
/// own rule.
/// </summary>
public static class TitleTrainingSet
{
    /// <param name="candidatesOut">When given, receives one tab-separated line per candidate (page, right, sources, text, the
    /// true title, then the features) to study the tune pages' choices.</param>
    public static List<TitleExample> Read(string folder, EvaluationSplit split, TextWriter? candidatesOut = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<TitleCandidate> seen = [];
        var extractor = new ArticleExtractor { TitleCandidatesSeen = candidates => seen = candidates };
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, ExtractionEvaluation.TruthFile)));
        var examples = new List<TitleExample>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var htmlPath = Path.Combine(folder, "html", page.Name + ".html.gz");
            if (!split.Includes(page.Name) || !File.Exists(htmlPath)
                || !page.Value.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String
                || title.GetString() is not { } expected || string.IsNullOrWhiteSpace(expected))
            {
                continue;
            }

            seen = [];
            var url = page.Value.TryGetProperty("url", out var address) ? address.GetString() : null;
            extractor.Extract(ExtractionEvaluation.ReadGzip(htmlPath), Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null);
            foreach (var candidate in seen)
            {
                candidatesOut?.WriteLine(string.Join('\t', [page.Name, Text(page.Value, "page_type"),
                    WcxbMetadataEvaluation.Matches("title", expected, ArticleMetadata.Empty with { Headline = candidate.Text }) ? "1" : "0",
                    candidate.Sources.ToString().Replace(' ', '_'), Flat(candidate.Text), Flat(expected), .. candidate.Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture))]));
            }

            examples.Add(new TitleExample(
                [.. seen.Select(c => c.Features)],
                [.. seen.Select(c => WcxbMetadataEvaluation.Matches("title", expected, ArticleMetadata.Empty with { Headline = c.Text }))],
                [.. seen.Select(c => c.Has(TitleSources.Rule))]));
        }

        return examples;
    }

    /// <summary>The examples with the named features set to 0 (a trailing * names every feature the prefix starts).</summary>
    public static List<TitleExample> Without(IReadOnlyList<TitleExample> examples, IReadOnlyCollection<string> dropped)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(dropped);
        var gone = TitleFeatures.Names.Select(name => dropped.Any(d => d.EndsWith('*') ? name.StartsWith(d[..^1], StringComparison.Ordinal) : name == d)).ToArray();
        return gone.Contains(true)
            ? [.. examples.Select(e => e with { Candidates = [.. e.Candidates.Select(c => (IReadOnlyList<double>)[.. c.Select((v, i) => gone[i] ? 0 : v)])] })]
            : [.. examples];
    }

    private static string Flat(string text) => text.Replace('\t', ' ').Replace('\n', ' ');

    private static string Text(JsonElement page, string name) =>
        page.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
