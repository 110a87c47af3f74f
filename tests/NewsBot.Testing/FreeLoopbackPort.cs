using System.Net;
using System.Net.Sockets;

namespace NewsBot.Testing;

/// <summary>A loopback port free a moment ago, for a process that must be told its address before it starts.</summary>
public static class FreeLoopbackPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
