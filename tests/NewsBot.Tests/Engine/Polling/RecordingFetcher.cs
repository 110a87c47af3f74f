using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Ingestion.Http;

namespace NewsBot.Tests.Engine.Polling;

/// <summary>Wraps the registered fetcher and keeps every resource it handed out, to look at them after the poll.</summary>
internal sealed class RecordingFetcher
{
    private readonly ConcurrentQueue<FetchedResource> _fetched = new();

    public IReadOnlyCollection<FetchedResource> Fetched => _fetched;

    /// <summary>Registers itself over the fetcher <paramref name="services"/> already hold (the real one, in the harness).</summary>
    public void Wrap(IServiceCollection services)
    {
        var real = services.Last(d => d.ServiceType == typeof(IWebFetcher)).ImplementationType!;
        services.AddSingleton<IWebFetcher>(sp => new Recorder((IWebFetcher)ActivatorUtilities.CreateInstance(sp, real), _fetched));
    }

    private sealed class Recorder(IWebFetcher inner, ConcurrentQueue<FetchedResource> fetched) : IWebFetcher
    {
        public async Task<FetchedResource> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken cancellationToken)
        {
            var resource = await inner.FetchAsync(uri, conditional, cancellationToken);
            fetched.Enqueue(resource);
            return resource;
        }
    }
}
