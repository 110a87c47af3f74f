using System.Text.Json;
using NewsBot.Core.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// Runs an extractor over a metadata corpus (pages/&lt;name&gt;/source.html next to expected-metadata.json)
/// and compares the fields with <see cref="MetadataScoring"/>.
/// </summary>
public static class MetadataEvaluation
{
    /// <summary>The address Readability's tests give every page.</summary>
    public static Uri PageUri { get; } = new("http://fakehost/test/page.html");

    public static MetadataReport Run(string folder, Func<string, Uri?, ArticleMetadata> extract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var pagesFolder = Directory.Exists(Path.Combine(folder, "pages")) ? Path.Combine(folder, "pages") : folder;
        var pages = Directory.GetDirectories(pagesFolder)
            .Where(p => File.Exists(Path.Combine(p, "source.html")) && File.Exists(Path.Combine(p, "expected-metadata.json")))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (pages.Count == 0)
        {
            throw new DirectoryNotFoundException($"no <page>/source.html with expected-metadata.json under {pagesFolder}");
        }

        var hits = MetadataScoring.Fields.ToDictionary(f => f, _ => 0);
        var totals = MetadataScoring.Fields.ToDictionary(f => f, _ => 0);
        var misses = new List<MetadataMiss>();
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(page, "expected-metadata.json")));
            var actual = extract(File.ReadAllText(Path.Combine(page, "source.html")), PageUri);
            foreach (var field in MetadataScoring.Fields)
            {
                if (!expected.RootElement.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String
                    || string.IsNullOrWhiteSpace(value.GetString()))
                {
                    continue;
                }

                totals[field]++;
                if (MetadataScoring.Matches(field, value.GetString()!, actual))
                {
                    hits[field]++;
                }
                else
                {
                    misses.Add(new MetadataMiss(Path.GetFileName(page), field, value.GetString()!, MetadataScoring.ActualValue(field, actual)));
                }
            }
        }

        return new MetadataReport(pages.Count, [.. MetadataScoring.Fields.Select(f => new FieldTally(f, hits[f], totals[f]))], misses);
    }
}
