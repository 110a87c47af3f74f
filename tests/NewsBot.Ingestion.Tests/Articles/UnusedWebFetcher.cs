using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Tests.Articles;

/// <summary>For readers given their bytes directly: any download attempt is a test failure.</summary>
internal sealed class UnusedWebFetcher : IWebFetcher
{
    public Task<FetchedResource> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"unexpected download of {uri}");
}
