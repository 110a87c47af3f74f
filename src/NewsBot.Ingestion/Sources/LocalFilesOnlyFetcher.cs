using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Sources;

/// <summary>Stands in for the web fetcher where only local files are read: a web address there is refused, not fetched.</summary>
internal sealed class LocalFilesOnlyFetcher : IWebFetcher
{
    public Task<FetchedResource> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken cancellationToken) =>
        throw new SourceException(uri?.AbsoluteUri ?? "address", "web addresses are not read here, only local files");
}
