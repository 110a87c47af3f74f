using System.Net;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class AddressGuardTests
{
    [Fact]
    public void EnsureAllowed_PrivateAddressByDefault_ThrowsWithReason()
    {
        var guard = Guard(new FetchingOptions());

        var refused = Assert.Throws<AddressRefusedException>(() => guard.EnsureAllowed("intranet.example.test", IPAddress.Parse("10.0.0.5")));

        Assert.Equal("intranet.example.test resolves to 10.0.0.5, a private address; refused", refused.Message);
    }

    [Fact]
    public void EnsureAllowed_PrivateAddressesAllowed_DoesNotThrow() =>
        Guard(new FetchingOptions { AllowPrivateAddresses = true }).EnsureAllowed("x.test", IPAddress.Loopback);

    [Theory]
    [InlineData("192.168.1.10", "192.168.1.10")]
    [InlineData("10.8.0.0/16", "10.8.200.1")]
    [InlineData("127.0.0.1", "::ffff:127.0.0.1")]
    [InlineData("fd00::/8", "fd12::1")]
    public void EnsureAllowed_AddressInAllowedNetworks_DoesNotThrow(string network, string address) =>
        Guard(new FetchingOptions { AllowedNetworks = [network] }).EnsureAllowed("bridge.test", IPAddress.Parse(address));

    [Theory]
    [InlineData("192.168.1.10", "192.168.1.11")]
    [InlineData("10.8.0.0/16", "10.9.0.1")]
    [InlineData("127.0.0.1", "169.254.169.254")]
    public void EnsureAllowed_AddressOutsideAllowedNetworks_Throws(string network, string address) =>
        Assert.Throws<AddressRefusedException>(() =>
            Guard(new FetchingOptions { AllowedNetworks = [network] }).EnsureAllowed("bridge.test", IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("::1", true)]
    [InlineData("intranet", false)]
    [InlineData("10.0.0.0/33", false)]
    [InlineData("", false)]
    public void TryParseNetwork_Entry_ParsesAddressesAndCidrOnly(string entry, bool expected) =>
        Assert.Equal(expected, AddressGuard.TryParseNetwork(entry, out _));

    private static AddressGuard Guard(FetchingOptions options) => new(Options.Create(options));
}
