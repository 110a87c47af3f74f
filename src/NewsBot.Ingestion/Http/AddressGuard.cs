using System.Net;
using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Http;

/// <summary><see cref="AddressPolicy"/> as configured: lifted entirely, or with a few trusted networks exempt.</summary>
internal sealed class AddressGuard
{
    private readonly bool _allowAll;
    private readonly IPNetwork[] _exempt;

    public AddressGuard(IOptions<FetchingOptions> options)
    {
        var value = options.Value;
        _allowAll = value.AllowPrivateAddresses;
        _exempt = [.. value.AllowedNetworks.Select(entry => TryParseNetwork(entry, out var network) ? network : throw new OptionsValidationException(
            nameof(FetchingOptions.AllowedNetworks), typeof(FetchingOptions), [$"'{entry}' is not an IP address or CIDR block."]))];
    }

    /// <summary>Throws when the host's address may not be contacted.</summary>
    public void EnsureAllowed(string host, IPAddress address)
    {
        if (_allowAll)
            return;
        var canonical = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (_exempt.Any(network => network.Contains(canonical)))
            return;
        if (AddressPolicy.RefusalReason(address) is { } reason)
            throw new AddressRefusedException(host, address, reason);
    }

    public static bool TryParseNetwork(string? entry, out IPNetwork network)
    {
        network = default;
        if (string.IsNullOrWhiteSpace(entry))
            return false;
        if (IPAddress.TryParse(entry, out var single) && !entry.Contains('/', StringComparison.Ordinal))
        {
            network = new IPNetwork(single, single.GetAddressBytes().Length * 8);
            return true;
        }
        return IPNetwork.TryParse(entry, out network);
    }
}
