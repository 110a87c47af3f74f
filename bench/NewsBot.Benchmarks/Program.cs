using BenchmarkDotNet.Running;
using NewsBot.Benchmarks.Commands;
using NewsBot.Benchmarks.Engine;

// The engine run lasts tens of seconds and is measured once, so it is a plain command rather than a BenchmarkDotNet job.
if (args.Length > 0 && args[0] == "engine")
    return await EngineBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "catalog-poll")
    return await NewsBot.Benchmarks.Catalog.CatalogPollBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "quotes-latency")
    return await QuotesLatencyBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "soak")
    return await NewsBot.Benchmarks.Soak.SoakBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == NewsBot.Benchmarks.Soak.OutletProtocol.Verb)
    return await NewsBot.Benchmarks.Soak.OutletsCommand.RunAsync(args[1..], NewsBot.Benchmarks.Soak.SoakBenchmark.Start);
if (args.Length > 0 && args[0] == "nested-memory")
{
    await NewsBot.Benchmarks.Soak.NestedPageFetch.RunAsync(fetches: 5);
    return NewsBot.Benchmarks.Soak.NestedPageMemory.Run();
}
// Start-up and idle memory are properties of a fresh process of the real application, measured from outside.
if (args.Length > 0 && args[0] == "startup")
    return await NewsBot.Benchmarks.Startup.StartupBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "idle-memory")
    return await NewsBot.Benchmarks.Idle.IdleMemoryBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "fake-discord")
    return await NewsBot.Benchmarks.Idle.FakeDiscordProcess.RunAsync();
if (args.Length > 0 && args[0] == "storage")
    return await NewsBot.Benchmarks.Storage.StorageBenchmark.RunAsync(args[1..]);
// Two `run` processes on one PostgreSQL database, minutes of real time: issue 17's exactly-once acceptance run.
if (args.Length > 0 && args[0] == "cluster")
    return await NewsBot.Benchmarks.Cluster.ClusterBenchmark.RunAsync(args[1..]);
// The poll cycle in real `run` processes sharing the feeds through the clustered scheduler.
if (args.Length > 0 && args[0] == "poll-cluster")
    return await NewsBot.Benchmarks.PollCluster.PollClusterBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "discovery")
    return await NewsBot.Benchmarks.Discovery.DiscoveryBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "lexicon-footprint")
    return NewsBot.Benchmarks.Quotes.Entities.LexiconFootprint.Run();

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
