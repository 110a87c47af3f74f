namespace NewsBot.Ingestion.Http;

/// <summary>The one door to the web: every download goes through it, with the SSRF guard and the caps.</summary>
public interface IWebFetcher
{
    /// <exception cref="FetchException">The resource could not be fetched; the message names the reason.</exception>
    Task<FetchedResource> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken cancellationToken);
}
