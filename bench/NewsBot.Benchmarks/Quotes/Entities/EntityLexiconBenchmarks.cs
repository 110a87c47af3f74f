using BenchmarkDotNet.Attributes;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Benchmarks.Quotes.Entities;

/// <summary>
/// The entity lexicons: loading everything (entity table, six common-word lists, six rank lists) from the embedded
/// Brotli files, and the cost of one word lookup and of one span classification once loaded.
/// </summary>
[MemoryDiagnoser]
public class EntityLexiconBenchmarks
{
    private static readonly string[] Words =
    [
        "Mara", "Lindqvist", "Leeds", "British-Israeli", "Dennoch", "Spiele", "Regierung", "However", "Trump’s", "Kasich",
        "Ministerium", "GmbH", "Sprecherin", "porte-parole", "E", "Será", "Tuttavia", "Paris", "Will", "Telegram",
    ];

    private static readonly string[] Languages = ["en", "de", "fr", "es", "it", "pt"];

    private static readonly string[][] Spans =
    [
        ["Mara", "Lindqvist"], ["Prime", "Minister", "Keir", "Halloway"], ["Leeds"], ["Truth", "Social"], ["the", "Swedish", "brochure"],
        ["Harbour", "Council"], ["Ministerium", "für", "Verkehr"], ["Dennoch"], ["Ursula", "von", "der", "Brenken"], ["Trump"],
    ];

    private EntityLexicon lexicon = EntityLexicon.Shared;

    [GlobalSetup]
    public void Setup()
    {
        lexicon = EntityLexicon.Shared;
        WarmAllLanguages(lexicon);
    }

    /// <summary>Everything a six-language deployment loads, from a fresh instance.</summary>
    [Benchmark]
    public int LoadEverything()
    {
        var fresh = new EntityLexicon(EntityTable.Load(), CommonWordSet.Load, WordRanks.Load);
        WarmAllLanguages(fresh);
        return fresh.Count;
    }

    /// <summary>20 words × 6 languages = 120 lookups an operation.</summary>
    [Benchmark]
    public int Lookup120Words()
    {
        var found = 0;
        foreach (var language in Languages)
        {
            foreach (var word in Words)
            {
                found += (int)lexicon.Lookup(word, language);
            }
        }

        return found;
    }

    /// <summary>10 spans × 6 languages = 60 classifications an operation.</summary>
    [Benchmark]
    public double Classify60Spans()
    {
        var total = 0.0;
        foreach (var language in Languages)
        {
            foreach (var span in Spans)
            {
                total += lexicon.Classify(span, language).Confidence;
            }
        }

        return total;
    }

    private static void WarmAllLanguages(EntityLexicon target)
    {
        foreach (var language in Languages)
        {
            _ = target.Lookup("warm", language);
            _ = target.CommonRank("warm", language);
        }
    }
}
