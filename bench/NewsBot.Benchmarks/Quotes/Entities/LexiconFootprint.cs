using System.Diagnostics;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Benchmarks.Quotes.Entities;

/// <summary>
/// <c>lexicon-footprint</c>: the cold load time and the memory the loaded lexicons keep (managed heap after a full
/// collection), measured once in a fresh process, which BenchmarkDotNet's repeated runs cannot show.
/// </summary>
internal static class LexiconFootprint
{
    public static int Run()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var table = EntityTable.Load();
        var tableTime = clock.Elapsed;
        var lexicon = new EntityLexicon(table, CommonWordSet.Load, WordRanks.Load);
        foreach (var language in new[] { "en", "de", "fr", "es", "it", "pt" })
        {
            _ = lexicon.Lookup("warm", language);
            _ = lexicon.CommonRank("warm", language);
        }

        var total = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"entity table: {lexicon.Count:N0} keys, loaded in {tableTime.TotalMilliseconds:F0} ms");
        Console.WriteLine($"everything (table + six common-word and rank lists): {total.TotalMilliseconds:F0} ms cold ({cpu.TotalMilliseconds:F0} ms CPU, JIT included), {(after - before) / 1024.0 / 1024.0:F1} MiB kept");
        GC.KeepAlive(lexicon);
        return 0;
    }
}
