using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Ranking;
using NewsBot.Ingestion.Articles;

namespace NewsBot.Evaluation;

/// <summary>
/// The speaker ranker's training examples from an annotated corpus: the candidates of every quote matched to a gold
/// quote, each right when it is the annotated speaker by the corpus's own metric (PolNeAR: a shared word, for named speakers
/// only; the news set: the gold name's last word, and no candidate is right for an anonymous quote).
/// </summary>
internal static class SpeakerTrainingSet
{
    private const double MinCoverage = 0.3;

    public static IEnumerable<SpeakerQuoteExample> Read(string path, string? split, double weight, RuleBasedQuoteExtractor extractor) =>
        ReadDetailed(path, split, weight, extractor, firstArticle: 0).Select(e => e.Example);

    /// <summary>The examples with their corpus, article number (from <paramref name="firstArticle"/> on) and gold facts.</summary>
    public static IEnumerable<SpeakerFoldExample> ReadDetailed(string path, string? split, double weight, RuleBasedQuoteExtractor extractor, int firstArticle)
    {
        var news = NewsSetLoader.IsNewsLayout(path);
        var corpus = CorpusName(path);
        var number = firstArticle;
        foreach (var article in CorpusArticles.Read(path, split, language: null))
        {
            number++;
            var text = PlainTextArticle.From(article.Text).Text;
            var rows = extractor.SpeakerCandidates(text);
            var gold = article.Quotes.Where(q => q.Type == "direct").ToList();
            var used = new HashSet<int>();
            foreach (var quote in rows.GroupBy(r => r.Segment))
            {
                var match = BestMatch(gold, used, quote.First().QuoteText);
                if (match < 0 || (!news && !QuoteScorer.IsScoredSpeaker(gold[match])))
                {
                    continue;
                }

                var candidates = quote.ToList();
                var right = candidates.Select(row => news
                    ? NewsText.SpeakerMatches(gold[match].Speaker, row.Speaker)
                    : QuoteScorer.SharesSpeakerWord(gold[match].Speaker, row.Speaker)).ToList();
                var example = new SpeakerQuoteExample(candidates.Select(row => row.Features).ToList(), right, weight);
                var speaker = gold[match].Speaker;
                var named = !string.IsNullOrWhiteSpace(speaker);
                var place = named && !right.Contains(true) ? SpeakerNamePlace.Of(text, candidates[0].QuoteText, speaker!) : "candidate";
                yield return new SpeakerFoldExample(corpus, number, example, named, candidates[0].IsRuleChoice, place);
            }
        }
    }

    /// <summary>PolNeAR, the news set (quotes-news and our additions are one set), or our invented articles.</summary>
    public static string CorpusName(string path) =>
        Path.GetFileName(path).StartsWith("polnear", StringComparison.Ordinal) ? "polnear"
        : path.Contains("invented", StringComparison.Ordinal) ? "invented" : "news";

    private static int BestMatch(List<GoldQuote> gold, HashSet<int> used, string text)
    {
        var (best, index) = (0.0, -1);
        for (var i = 0; i < gold.Count; i++)
        {
            var coverage = used.Contains(i) ? 0 : QuoteScorer.Coverage(gold[i].Quote, text);
            if (coverage > best)
            {
                (best, index) = (coverage, i);
            }
        }

        if (best < MinCoverage)
        {
            return -1;
        }

        used.Add(index);
        return index;
    }
}
