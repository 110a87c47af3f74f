using System.Globalization;
using NewsBot.Core.Quotes;
using NewsBot.Evaluation;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Measures the extractor on the PolNeAR dev split with GenderGapTracker's metric (reference: quote F1 0.837,
/// speaker accuracy 86.5%). Skips when ../shared/data is absent.
/// </summary>
public sealed class AnnotatedQuoteCorpusTests
{
    private readonly RuleBasedQuoteExtractor _extractor = new();

    [Fact]
    public void Extract_DevSplit_QuoteF1AndSpeakerAccuracyAboveThresholds()
    {
        var all = new QuoteScorer();
        var statements = new QuoteScorer();
        foreach (var article in AnnotatedQuoteCorpus.Load("dev"))
        {
            var quotes = _extractor.Extract(article.Text).Quotes;
            all.Add(article.Quotes, quotes.Select(q => (q.Text, q.Speaker)));
            statements.Add(article.Quotes, quotes.Where(q => QuoteShape.IsStatement(q.Text)).Select(q => (q.Text, q.Speaker)));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"dev, every quote:        {all}");
        TestContext.Current.TestOutputHelper?.WriteLine($"dev, statements (4+ words, no titles): {statements}");
        Assert.True(all.F1 >= 0.965, $"quote F1 {all.F1:0.000}");
        Assert.True(all.Recall >= 0.97, $"quote recall {all.Recall:0.000}");
        Assert.True(statements.F1 >= 0.95, $"statement F1 {statements.F1:0.000}");
        Assert.True(all.SpeakerAccuracy >= 0.93, $"speaker accuracy {all.SpeakerAccuracy:0.000}");
    }

    [Fact]
    public void Extract_WholeCorpus_EveryQuoteIsVerbatim()
    {
        var articles = AnnotatedQuoteCorpus.Load("train").Concat(AnnotatedQuoteCorpus.Load("dev")).ToList();
        var checkedQuotes = 0;
        foreach (var article in articles)
        {
            var analysis = _extractor.Extract(article.Text);
            foreach (var quote in analysis.Quotes.Concat(analysis.Mentions))
            {
                Assert.Equal(article.Text.Substring(quote.Start, quote.End - quote.Start), quote.Text);
                checkedQuotes++;
            }
        }

        Assert.True(checkedQuotes > 5000, checkedQuotes.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Extract_DevSplit_SpansAgreeWithAnnotatedDirectQuotes()
    {
        var gold = 0;
        var exact = 0;
        foreach (var article in AnnotatedQuoteCorpus.Load("dev"))
        {
            var analysis = _extractor.Extract(article.Text);
            var spans = analysis.Quotes.Concat(analysis.Mentions).Select(q => (q.Start, q.End)).ToHashSet();
            foreach (var quote in article.Quotes.Where(q => q.Type == "direct"))
            {
                var (start, end) = (Utf16Offset(article.Text, quote.Start), Utf16Offset(article.Text, quote.End));
                Assert.Equal(quote.Quote, article.Text[start..end]);
                gold++;
                exact += spans.Contains((start, end)) ? 1 : 0;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"exact spans: {exact}/{gold}");
        Assert.True(exact >= 0.85 * gold, $"{exact}/{gold} gold direct quotes found with exactly the same span");
    }

    /// <summary>PolNeAR offsets count code points; C# strings index UTF-16 units.</summary>
    private static int Utf16Offset(string text, int codePoints)
    {
        var index = 0;
        for (var i = 0; i < codePoints && index < text.Length; i++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
        }

        return index;
    }
}
