using System.Globalization;
using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Calibration;
using NewsBot.Ingestion.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// Counts the rules' speakers right and named per evidence key, language and band (shown or held by the hand-set
/// confidence) on annotated articles, for <see cref="RuleConfidenceTable"/>. Corpora: PolNeAR, the news set, and our
/// invented sets (file names `en15.jsonl`, `rom14.jsonl` … under `invented-*`).
/// </summary>
internal static class RuleConfidenceFit
{
    public static List<RuleOutcome> Outcomes(IReadOnlyList<string> paths, string? split)
    {
        var extractor = new RuleBasedQuoteExtractor { MinSpeakerConfidence = 0, SpeakerModel = null, RuleConfidence = null };
        var outcomes = new List<RuleOutcome>();
        var article = 0;
        foreach (var path in paths)
        {
            var corpus = CorpusName(path);
            foreach (var gold in CorpusArticles.Read(path, split, language: null))
            {
                var analysis = extractor.Extract(PlainTextArticle.From(gold.Text).Text);
                var quotes = analysis.Quotes;
                var id = article++;
                new QuoteScorer().Add(gold.Quotes, quotes.Select(q => (q.Text, q.Speaker)), speakerOutcomes: (i, right) =>
                    outcomes.Add(new RuleOutcome(corpus, id, analysis.Language, quotes[i].Speaker is null ? null
                        : new RuleChoice(quotes[i].SpeakerEvidence!, analysis.Language, quotes[i].SpeakerConfidence >= RuleBasedQuoteExtractor.DefaultMinSpeakerConfidence, right),
                        quotes[i].SpeakerConfidence)));
            }
        }

        return outcomes;
    }

    public static string CorpusName(string path) =>
        Path.GetFileName(path).StartsWith("polnear", StringComparison.Ordinal) ? "polnear"
        : Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty).StartsWith("invented", StringComparison.Ordinal) ? "invented"
        : "news";

    /// <summary>Per evidence kind and language: right / named among the held choices and among the shown ones.</summary>
    public static IEnumerable<string> EvidenceTable(IReadOnlyList<RuleOutcome> outcomes, int minSupport)
    {
        yield return "evidence@language\theld right/named\tshown right/named";
        var rows = outcomes.Where(o => o.Choice is not null).Select(o => o.Choice!)
            .SelectMany(c => new[] { (Key: string.Join('/', c.Evidence.Split('/').Take(3)) + "@" + c.Language, Choice: c), (Key: "  " + c.Evidence + "@" + c.Language, Choice: c) })
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .Where(g => g.Count() >= minSupport)
            .OrderBy(g => g.Key.TrimStart() + (g.Key.StartsWith(' ') ? "~" : string.Empty), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var held = row.Where(r => !r.Choice.Shown).ToList();
            var shown = row.Where(r => r.Choice.Shown).ToList();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{row.Key}\t{held.Count(r => r.Choice.Right)}/{held.Count}\t{shown.Count(r => r.Choice.Right)}/{shown.Count}");
        }
    }
}
