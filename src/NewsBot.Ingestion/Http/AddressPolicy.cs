using System.Net;
using System.Net.Sockets;

namespace NewsBot.Ingestion.Http;

/// <summary>
/// Which destination addresses a fetch may connect to: only publicly routable unicast ones.
/// Tunnelling and embedding forms (IPv4-mapped, IPv4-translated, IPv4-compatible, 6to4, Teredo, NAT64) are judged by the IPv4 address they carry.
/// </summary>
public static class AddressPolicy
{
    private const string Private = "a private address";
    private const string Loopback = "a loopback address";
    private const string LinkLocal = "a link-local address";
    private const string Unspecified = "an unspecified address";
    private const string Multicast = "a multicast address";
    private const string Reserved = "a reserved address";

    public static bool IsAllowed(IPAddress address) => RefusalReason(address) is null;

    /// <summary>Why the address is refused, phrased to follow "resolves to 10.0.0.5, " (e.g. "a private address"); null when allowed.</summary>
    public static string? RefusalReason(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => V4Reason(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => V6Reason(address.GetAddressBytes()),
            _ => "not an IP address",
        };
    }

    private static string? V4Reason(ReadOnlySpan<byte> b) => (b[0], b[1], b[2]) switch
    {
        (255, 255, 255) when b[3] == 255 => "a broadcast address",
        (0, _, _) => Unspecified,
        (10, _, _) => Private,
        (127, _, _) => Loopback,
        (169, 254, _) => LinkLocal,
        (172, >= 16 and <= 31, _) => Private,
        (192, 168, _) => Private,
        (100, >= 64 and <= 127, _) => "a carrier-grade NAT address",
        (192, 0, 0) => Reserved,
        (198, 18 or 19, _) => "a benchmarking address",
        ( >= 224 and <= 239, _, _) => Multicast,
        ( >= 240, _, _) => Reserved,
        _ => null,
    };

    private static string? V6Reason(ReadOnlySpan<byte> b)
    {
        if (b[..15].IndexOfAnyExcept((byte)0) < 0)
            return b[15] switch { 0 => Unspecified, 1 => Loopback, _ => Embedded("an IPv4-compatible", b[12..]) };
        if (b[..12].IndexOfAnyExcept((byte)0) < 0)
            return Embedded("an IPv4-compatible", b[12..]);
        if (b[..10].IndexOfAnyExcept((byte)0) < 0 && b[10] == 0xff && b[11] == 0xff)
            return V4Reason(b[12..]);
        // ::ffff:0:a.b.c.d, the IPv4-translated form of SIIT (RFC 2765), reaches the IPv4 address through a translator.
        if (b[..8].IndexOfAnyExcept((byte)0) < 0 && b[8] == 0xff && b[9] == 0xff && b[10] == 0 && b[11] == 0)
            return Embedded("an IPv4-translated", b[12..]);
        return (b[0], b[1]) switch
        {
            (0xff, _) => Multicast,
            (0xfe, _) when (b[1] & 0xc0) == 0x80 => LinkLocal,
            (0xfe, _) when (b[1] & 0xc0) == 0xc0 => "a site-local address",
            _ when (b[0] & 0xfe) == 0xfc => "a unique-local address",
            (0x20, 0x02) => Embedded("a 6to4", b[2..6]),
            (0x20, 0x01) when b[2] == 0 && b[3] == 0 => Embedded("a Teredo", Inverted(b[12..])),
            (0x00, 0x64) when b[2] == 0xff && b[3] == 0x9b => NatSixtyFour(b),
            _ => null,
        };
    }

    private static string? NatSixtyFour(ReadOnlySpan<byte> b) =>
        b[4..12].IndexOfAnyExcept((byte)0) < 0 ? Embedded("a NAT64", b[12..])
        : b[4] == 0 && b[5] == 1 ? "a local-use NAT64 address"
        : null;

    private static string? Embedded(string form, ReadOnlySpan<byte> v4) =>
        V4Reason(v4) is { } reason ? $"{form} address embedding {new IPAddress(v4)}, {reason}" : null;

    // Teredo stores the client's IPv4 address with every bit flipped.
    private static byte[] Inverted(ReadOnlySpan<byte> bytes)
    {
        var result = bytes.ToArray();
        for (var i = 0; i < result.Length; i++)
            result[i] = (byte)~result[i];
        return result;
    }
}
