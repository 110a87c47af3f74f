using System.Net.Sockets;
using Polly;
using Polly.Timeout;

namespace NewsBot.Ingestion.Http;

/// <summary>
/// What is worth another attempt: 5xx, dropped connections and timeouts. Never a 4xx (a 429 or 408 means "slow down",
/// which a digest bot honours by waiting for the next run), a refused address, or a host that does not exist.
/// </summary>
internal static class TransientFailure
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: { } exception } => IsTransient(exception),
        { Result: { } response } => (int)response.StatusCode >= 500,
        _ => false,
    };

    private static bool IsTransient(Exception exception) => exception switch
    {
        TimeoutRejectedException => true,
        HttpRequestException or IOException => !Causes(exception).Any(IsPermanent),
        _ => false,
    };

    private static bool IsPermanent(Exception cause) =>
        cause is AddressRefusedException or SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData };

    public static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
            yield return current;
    }
}
