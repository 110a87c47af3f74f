using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Discovery;

/// <summary>The few words the "what was tried" list says about each address.</summary>
internal static class DiscoveryOutcomes
{
    public const string NotAFeed = "not a feed";
    public const string PlainSitemap = "a sitemap without news entries";

    public static string Of(FetchException failure) => failure.Failure switch
    {
        FetchFailure.RefusedAddress => "refused: a private or local address",
        FetchFailure.HttpStatus when failure.StatusCode is { } status => $"HTTP {status}",
        FetchFailure.TooLarge => "refused: larger than the size cap",
        FetchFailure.Timeout => "timed out",
        FetchFailure.TooManyRedirects => "too many redirects",
        FetchFailure.DnsFailure => "host not found",
        FetchFailure.InvalidUrl => "not an http(s) address",
        _ => "could not connect",
    };

    public static string Of(DiscoveredFeed feed) => $"{feed.Kind}, {feed.ItemCount} items";
}
