using System.Net;

namespace NewsBot.Ingestion.Http;

/// <summary>Thrown inside the connection pipeline so the fetcher can name the refused address; never escapes <see cref="WebFetcher"/>.</summary>
internal sealed class AddressRefusedException(string host, IPAddress address, string reason)
    : Exception($"{host} resolves to {address}, {reason}; refused")
{
    public string Host { get; } = host;
    public IPAddress Address { get; } = address;
    public string Reason { get; } = reason;

    /// <summary>The refusal, worded for a literal IP host ("10.0.0.5 is a private address") or a name.</summary>
    public string Describe() => IPAddress.TryParse(Host.Trim('[', ']'), out _)
        ? $"{Address} is {Reason}; refused"
        : Message;
}
