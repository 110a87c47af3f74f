using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Core.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// Scores title, author and publish_date against a WCXB-style ground-truth.json (html/&lt;id&gt;.html.gz), on one
/// <see cref="EvaluationSplit"/>. Rules: title (WCXB writes the visible headline: our Headline, else our Title) as <see cref="MetadataScoring"/> compares it, ignoring case and typographic quotes and dashes; author as
/// its byline rule (one of several people naming counts); publish_date (a day, "2025-09-04") equal to our published
/// day, read in the page's own offset or in UTC. Fields whose expected value is null or blank are not scored.
/// </summary>
public static partial class WcxbMetadataEvaluation
{
    public static IReadOnlyList<string> Fields { get; } = ["title", "author", "publish_date"];

    public static MetadataReport Run(string folder, EvaluationSplit split, Func<string, Uri?, ArticleMetadata> extract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extract);
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, ExtractionEvaluation.TruthFile)));
        var hits = Fields.ToDictionary(f => f, _ => 0);
        var totals = Fields.ToDictionary(f => f, _ => 0);
        var given = Fields.ToDictionary(f => f, _ => 0);
        var empty = Fields.ToDictionary(f => f, _ => 0);
        var missedWithValue = Fields.ToDictionary(f => f, _ => 0);
        var misses = new List<MetadataMiss>();
        var unscored = new List<MetadataMiss>();
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
                    empty[field]++;
                    if (Actual(field, actual) is { } extra)
                    {
                        given[field]++;
                        if (split != EvaluationSplit.Holdout)
                        {
                            unscored.Add(new MetadataMiss(page.Name, field, $"(none on this {Text(page.Value, "page_type") ?? "page"})", extra));
                        }
                    }

                    continue;
                }

                totals[field]++;
                if (Matches(field, expected, actual))
                {
                    hits[field]++;
                }
                else
                {
                    missedWithValue[field] += string.IsNullOrWhiteSpace(Actual(field, actual)) ? 0 : 1;
                    if (split != EvaluationSplit.Holdout)
                    {
                        misses.Add(new MetadataMiss(page.Name, field, expected, Actual(field, actual)));
                    }
                }
            }
        }

        return new MetadataReport(pages, [.. Fields.Select(f => new FieldTally(f, hits[f], totals[f]))], misses)
        {
            GivenWhereEmpty = [.. Fields.Where(f => empty[f] > 0).Select(f => new FieldTally(f, given[f], empty[f]))],
            GivenWhereEmptyPages = unscored,
            MissesWithAValue = [.. Fields.Select(f => new FieldTally(f, missedWithValue[f], totals[f] - hits[f]))],
        };
    }

    public static bool Matches(string field, string expected, ArticleMetadata actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return field switch
        {
            "title" => (actual.Headline ?? actual.Title) is { } title
                && (MetadataScoring.Matches("title", Plain(expected), actual with { Title = Plain(title) }) || SameWords(expected, title)),
            "author" => MetadataScoring.Matches("byline", expected, actual) || (actual.Byline is { } byline && WcxbAuthorMatch.Matches(expected, byline)),
            "publish_date" => actual.Published is { } published
                && (Day(published) == expected.Trim() || Day(published.ToUniversalTime()) == expected.Trim()),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a scored field"),
        };
    }

    /// <summary>Lower case with typographic quotes and dashes made plain: the ground truth writes them straight.</summary>
    private static string Plain(string text) =>
        text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2013', '-').Replace('\u2014', '-');

    /// <summary>
    /// The same words in the same order, as the benchmark's own metric reads text (lower-cased <c>\w+</c> tokens): its
    /// annotators rewrote punctuation ("Problems--Simple" for "Problems—Simple", "*Title*" in Markdown, "®" dropped).
    /// </summary>
    private static bool SameWords(string expected, string title) =>
        Words().Matches(expected.ToLowerInvariant()).Select(m => m.Value).SequenceEqual(Words().Matches(title.ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

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
