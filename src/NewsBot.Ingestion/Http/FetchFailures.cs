using System.Net.Sockets;
using Polly.Timeout;

namespace NewsBot.Ingestion.Http;

/// <summary>Turns whatever the HTTP stack threw into one <see cref="FetchException"/> with a one-line message.</summary>
internal static class FetchFailures
{
    public static FetchException? Translate(Uri uri, Exception exception, int timeoutSeconds)
    {
        var causes = TransientFailure.Causes(exception).ToList();
        if (causes.OfType<FetchException>().FirstOrDefault() is { } fetch)
            return fetch;
        if (causes.OfType<AddressRefusedException>().FirstOrDefault() is { } refused)
            return new(uri, FetchFailure.RefusedAddress, $"{uri}: {refused.Describe()}", exception);
        if (exception is TimeoutRejectedException or OperationCanceledException)
            return new(uri, FetchFailure.Timeout, $"{uri}: timed out (limit {timeoutSeconds} s per attempt)", exception);
        if (causes.OfType<SocketException>().Any(s => s.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain))
            return new(uri, FetchFailure.DnsFailure, $"{uri}: the host name {uri.IdnHost} could not be resolved", exception);
        if (exception is HttpRequestException or IOException)
            return new(uri, FetchFailure.ConnectionFailed, $"{uri}: connection failed ({OneLine(causes[^1].Message)})", exception);
        return null;
    }

    public static FetchException DeadlinePassed(Uri uri, TimeSpan total, Exception exception) =>
        new(uri, FetchFailure.Timeout, $"{uri}: timed out (limit {total.TotalSeconds:0.#} s for the whole fetch, redirects included)", exception);

    public static FetchException InvalidUrl(Uri uri, string reason) => new(uri, FetchFailure.InvalidUrl, $"{uri}: {reason}");

    public static FetchException HttpStatus(Uri uri, HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        var reason = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? response.StatusCode.ToString() : OneLine(response.ReasonPhrase);
        return new(uri, FetchFailure.HttpStatus, $"{uri}: HTTP {code} {reason}") { StatusCode = code };
    }

    public static FetchException TooManyRedirects(Uri uri, int maxRedirects) =>
        new(uri, FetchFailure.TooManyRedirects, $"{uri}: more than {maxRedirects} redirects");

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
