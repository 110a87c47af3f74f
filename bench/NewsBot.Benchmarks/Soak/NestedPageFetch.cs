using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// <c>nested-memory</c>'s fetch stage: the soak's nested-list page fetched over loopback through the bot's real fetcher,
/// with the allocations sampled by heap and type (the loopback server's own included, as in the soak).
/// </summary>
internal static class NestedPageFetch
{
    public static async Task RunAsync(int fetches)
    {
        await using var site = LoopbackKestrel.Create();
        site.Run(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = NestedListPage.Bytes.Length;
            return context.Response.Body.WriteAsync(NestedListPage.Bytes, context.RequestAborted).AsTask();
        });
        var page = new Uri(await LoopbackKestrel.StartAsync(site, CancellationToken.None), "page.html");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Fetching:AllowPrivateAddresses"] = "true" }).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging()
            .AddNewsBotFetching().BuildServiceProvider();
        var fetcher = services.GetRequiredService<IWebFetcher>();
        (await fetcher.FetchAsync(page, null, CancellationToken.None)).Dispose();
        using var sampler = new AllocationSampler();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < fetches; i++)
        {
            using var fetched = await fetcher.FetchAsync(page, null, CancellationToken.None);
        }
        Console.WriteLine($"fetch x{fetches}: allocated {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6:F1} MB in all threads");
        foreach (var line in sampler.Top(5))
            Console.WriteLine("  " + line);
        await site.StopAsync();
    }
}
