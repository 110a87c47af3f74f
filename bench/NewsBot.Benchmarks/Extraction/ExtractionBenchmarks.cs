using BenchmarkDotNet.Attributes;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Benchmarks.Extraction;

/// <summary>
/// Our extractor against SmartReader (the peer, referenced by this project only) on the same 123 news pages;
/// one operation extracts every page, so pages per second is 123 / mean. Our candidates (JSON-LD, page state, the wide
/// DOM reading when the DOM text is doubtful) are always on; NewsBotEveryCandidate reads the wide DOM on every page too.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor extractor = new();
    private readonly ArticleExtractor everyCandidate = new(readEveryCandidate: true);
    private IReadOnlyList<BenchmarkPage> pages = [];

    [GlobalSetup]
    public void Setup()
    {
        pages = ExtractionCorpusPages.Load();
        Console.WriteLine($"// Extraction corpus: {pages.Count} pages, {pages.Sum(p => (long)p.Html.Length):N0} characters");
    }

    [Benchmark(Baseline = true)]
    public int NewsBotArticleExtractor()
    {
        var characters = 0;
        foreach (var page in pages)
        {
            characters += extractor.Extract(page.Html, page.Url).Text.Length;
        }

        return characters;
    }

    /// <summary>Every candidate read on every page (the wide DOM reading included), as if every page were doubtful.</summary>
    [Benchmark]
    public int NewsBotEveryCandidate()
    {
        var characters = 0;
        foreach (var page in pages)
        {
            characters += everyCandidate.Extract(page.Html, page.Url).Text.Length;
        }

        return characters;
    }

    [Benchmark]
    public int SmartReaderGetArticle()
    {
        var characters = 0;
        foreach (var page in pages)
        {
            characters += new SmartReader.Reader(page.Url.AbsoluteUri, page.Html).GetArticle().TextContent?.Length ?? 0;
        }

        return characters;
    }
}
