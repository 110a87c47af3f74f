using System.Net;
using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Http;

/// <summary>
/// Downloads through the guarded, resilient client: follows redirects itself (re-checking each hop), sends conditional
/// validators, and reports every failure as a <see cref="FetchException"/>. One deadline covers the whole fetch, every
/// redirect hop and retry included: a chain of slow hops must not get a fresh timeout at each hop.
/// </summary>
public sealed class WebFetcher(IHttpClientFactory clientFactory, IOptions<FetchingOptions> options, TimeProvider time) : IWebFetcher
{
    public const string ClientName = "NewsBot.Fetching";

    private const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
        + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.5";

    public async Task<FetchedResource> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        EnsureFetchable(uri);
        var settings = options.Value;
        var client = clientFactory.CreateClient(ClientName);
        var total = FetchResilience.TotalTimeout(settings);
        using var deadline = new CancellationTokenSource(total, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var current = uri;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var response = await SendAsync(client, current, conditional, settings, linked.Token);
                if (RedirectTarget(current, response) is not { } next)
                    return await ToResourceAsync(current, response, conditional, linked.Token);
                if (redirects >= settings.MaxRedirects)
                    throw FetchFailures.TooManyRedirects(uri, settings.MaxRedirects);
                EnsureFetchable(next);
                current = next;
            }
        }
        catch (Exception e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested && e is not FetchException)
        {
            throw FetchFailures.DeadlinePassed(current, total, e);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, Uri uri, ConditionalRequest? conditional, FetchingOptions settings, CancellationToken cancellationToken)
    {
        // HTTP/3 runs over QUIC, which bypasses the guarded ConnectCallback; never let a server upgrade us to it.
        using var request = new HttpRequestMessage(HttpMethod.Get, uri)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        if (!string.IsNullOrWhiteSpace(conditional?.ETag))
            request.Headers.TryAddWithoutValidation("If-None-Match", conditional.ETag);
        if (!string.IsNullOrWhiteSpace(conditional?.LastModified))
            request.Headers.TryAddWithoutValidation("If-Modified-Since", conditional.LastModified);
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested
            && FetchFailures.Translate(uri, ex, settings.TimeoutSeconds) is { } failure)
        {
            throw failure;
        }
    }

    private static void EnsureFetchable(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
            throw FetchFailures.InvalidUrl(uri, "not an absolute URL");
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            throw FetchFailures.InvalidUrl(uri, $"the {uri.Scheme} scheme is not fetched, only http and https");
        if (string.IsNullOrEmpty(uri.Host))
            throw FetchFailures.InvalidUrl(uri, "no host");
    }

    private static Uri? RedirectTarget(Uri current, HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect
        && response.Headers.Location is { } location
            ? new Uri(current, location)
            : null;

    private static async Task<FetchedResource> ToResourceAsync(
        Uri uri, HttpResponseMessage response, ConditionalRequest? conditional, CancellationToken cancellationToken)
    {
        var notModified = response.StatusCode == HttpStatusCode.NotModified;
        if (!notModified && !response.IsSuccessStatusCode)
            throw FetchFailures.HttpStatus(uri, response);
        var body = notModified ? ResponseBody.Empty
            : response.Content is BufferedBody buffered ? buffered.Body
            : ResponseBody.Of(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        var contentType = response.Content.Headers.ContentType;
        return new FetchedResource(uri, (int)response.StatusCode, body)
        {
            MediaType = contentType?.MediaType,
            Charset = contentType?.CharSet,
            ETag = Header(response.Headers, "ETag") ?? (notModified ? conditional?.ETag : null),
            LastModified = Header(response.Content.Headers, "Last-Modified") ?? Header(response.Headers, "Last-Modified")
                ?? (notModified ? conditional?.LastModified : null),
            ContentLanguage = Header(response.Content.Headers, "Content-Language"),
        };
    }

    private static string? Header(System.Net.Http.Headers.HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
