using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// Scores title, author and publish_date against a WCXB-style ground-truth.json (html/&lt;id&gt;.html.gz), on one
/// <see cref="EvaluationSplit"/>. Rules: title (WCXB writes the visible headline: our Headline, else our Title) as <see cref="MetadataScoring"/> compares it, ignoring case and typographic quotes and dashes; author as
/// its byline rule (one of several people naming counts); publish_date (a day, "2025-09-04") equal to our published
/// day, read in the page's own offset or in UTC. Fields whose expected value is null or blank are not scored.
/// </summary>
public static class WcxbMetadataEvaluation
{
    public static IReadOnlyList<string> Fields { get; } = ["title", "author", "publish_date"];

    public static MetadataReport Run(string folder, EvaluationSplit split, Func<string, Uri?, ArticleMetadata> extract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, ExtractionEvaluation.TruthFile)));
        var hits = Fields.ToDictionary(f => f, _ => 0);
        var totals = Fields.ToDictionary(f => f, _ => 0);
        var misses = new List<MetadataMiss>();
        var pages = 0;
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var htmlPath = Path.Combine(folder, "html", page.Name + ".html.gz");
            if (!split.Includes(page.Name) || !File.Exists(htmlPath))
            {
                continue;
            }

            pages++;
            var url = Text(page.Value, "url");
            var actual = extract(ExtractionEvaluation.ReadGzip(htmlPath), Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null);
            foreach (var field in Fields)
            {
                if (Text(page.Value, field) is not { } expected)
                {
                    continue;
                }

                totals[field]++;
                if (Matches(field, expected, actual))
                {
                    hits[field]++;
                }
                else if (split != EvaluationSplit.Holdout)
                {
                    misses.Add(new MetadataMiss(page.Name, field, expected, Actual(field, actual)));
                }
            }
        }

        return new MetadataReport(pages, [.. Fields.Select(f => new FieldTally(f, hits[f], totals[f]))], misses);
    }

    public static bool Matches(string field, string expected, ArticleMetadata actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return field switch
        {
            "title" => (actual.Headline ?? actual.Title) is { } title
                && MetadataScoring.Matches("title", Plain(expected), actual with { Title = Plain(title) }),
            "author" => MetadataScoring.Matches("byline", expected, actual),
            "publish_date" => actual.Published is { } published
                && (Day(published) == expected.Trim() || Day(published.ToUniversalTime()) == expected.Trim()),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a scored field"),
        };
    }

    /// <summary>Lower case with typographic quotes and dashes made plain: the ground truth writes them straight.</summary>
    private static string Plain(string text) =>
        text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2013', '-').Replace('\u2014', '-');

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Actual(string field, ArticleMetadata actual) => field switch
    {
        "title" => actual.Headline ?? actual.Title,
        "author" => actual.Byline,
        _ => actual.Published is { } p ? p.ToString("o", CultureInfo.InvariantCulture) : null,
    };

    private static string? Text(JsonElement page, string name) =>
        page.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
