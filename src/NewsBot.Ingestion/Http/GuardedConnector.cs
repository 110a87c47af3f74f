using System.Net;
using System.Net.Sockets;

namespace NewsBot.Ingestion.Http;

/// <summary>
/// The socket-level half of the SSRF guard: resolves the host once, checks every address, then connects to a
/// checked address itself so a second DNS answer (rebinding) can never be used. Runs on every hop and retry.
/// </summary>
internal sealed class GuardedConnector(IHostResolver resolver, AddressGuard guard)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = await ResolveAsync(endPoint.Host, cancellationToken);
        foreach (var address in addresses)
            guard.EnsureAllowed(endPoint.Host, address);
        return await ConnectToFirstReachableAsync(addresses, endPoint.Port, cancellationToken);
    }

    private async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
            return [literal];
        var addresses = await resolver.ResolveAsync(host, cancellationToken);
        return addresses.Count > 0 ? addresses : throw new SocketException((int)SocketError.HostNotFound);
    }

    private static async Task<Stream> ConnectToFirstReachableAsync(IReadOnlyList<IPAddress> addresses, int port, CancellationToken cancellationToken)
    {
        SocketException? lastFailure = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                lastFailure = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw lastFailure!;
    }
}
