using System.ServiceModel.Syndication;
using System.Xml;
using BenchmarkDotNet.Attributes;
using NewsBot.Ingestion.Feeds;

namespace NewsBot.Benchmarks.Feeds;

/// <summary>Our feed parser against System.ServiceModel.Syndication on a 500-item, roughly 1 MB RSS 2.0 feed.</summary>
[MemoryDiagnoser]
public class FeedParsingBenchmarks
{
    private const int ItemCount = 500;
    private static readonly Uri FeedUri = new("https://bay-chronicle.example/rss.xml");

    private readonly FeedParser parser = new();
    private byte[] feed = [];

    [GlobalSetup]
    public void Setup()
    {
        feed = GeneratedRssFeed.Create(ItemCount);
        Console.WriteLine($"// Generated feed: {ItemCount} items, {feed.Length:N0} bytes ({feed.Length / 1024.0 / 1024.0:F2} MiB)");
    }

    [Benchmark(Baseline = true)]
    public int NewsBotFeedParser() => parser.Parse(feed, FeedUri).Items.Count;

    [Benchmark]
    public int SyndicationFeedLoad()
    {
        using var reader = XmlReader.Create(new MemoryStream(feed));
        return SyndicationFeed.Load(reader).Items.Count();
    }
}
