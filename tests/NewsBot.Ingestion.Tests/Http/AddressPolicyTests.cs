using System.Net;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.167.255.255")]
    [InlineData("192.169.0.1")]
    [InlineData("169.253.255.255")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.1")]
    [InlineData("223.255.255.254")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("::ffff:0:8.8.8.8")]
    [InlineData("2002:808:808::1")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7")]
    public void IsAllowed_PublicAddress_True(string address) =>
        Assert.True(AddressPolicy.IsAllowed(IPAddress.Parse(address)), AddressPolicy.RefusalReason(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.255.254", "a loopback address")]
    [InlineData("10.0.0.5", "a private address")]
    [InlineData("10.255.255.255", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("100.64.0.1", "a carrier-grade NAT address")]
    [InlineData("100.127.255.255", "a carrier-grade NAT address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("0.1.2.3", "an unspecified address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("239.255.255.250", "a multicast address")]
    [InlineData("255.255.255.255", "a broadcast address")]
    [InlineData("240.0.0.1", "a reserved address")]
    [InlineData("192.0.0.8", "a reserved address")]
    [InlineData("198.18.0.1", "a benchmarking address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("febf::1", "a link-local address")]
    [InlineData("fec0::1", "a site-local address")]
    [InlineData("fc00::1", "a unique-local address")]
    [InlineData("fd00::1", "a unique-local address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:10.0.0.5", "a private address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address")]
    [InlineData("::ffff:0.0.0.0", "an unspecified address")]
    [InlineData("::ffff:0:127.0.0.1", "an IPv4-translated address embedding 127.0.0.1, a loopback address")]
    [InlineData("::ffff:0:a00:5", "an IPv4-translated address embedding 10.0.0.5, a private address")]
    [InlineData("::ffff:0:169.254.169.254", "an IPv4-translated address embedding 169.254.169.254, a link-local address")]
    [InlineData("::127.0.0.1", "an IPv4-compatible address embedding 127.0.0.1, a loopback address")]
    [InlineData("::10.0.0.5", "an IPv4-compatible address embedding 10.0.0.5, a private address")]
    [InlineData("2002:a00:5::1", "a 6to4 address embedding 10.0.0.5, a private address")]
    [InlineData("2002:7f00:1::", "a 6to4 address embedding 127.0.0.1, a loopback address")]
    [InlineData("2001:0:5ef5:79fd::80ff:fffe", "a Teredo address embedding 127.0.0.1, a loopback address")]
    [InlineData("64:ff9b::a9fe:a9fe", "a NAT64 address embedding 169.254.169.254, a link-local address")]
    [InlineData("64:ff9b:1::1", "a local-use NAT64 address")]
    public void RefusalReason_InternalAddress_NamesTheKind(string address, string expected)
    {
        var parsed = IPAddress.Parse(address);

        Assert.False(AddressPolicy.IsAllowed(parsed));
        Assert.Equal(expected, AddressPolicy.RefusalReason(parsed));
    }

    [Fact]
    public void IsAllowed_ScopedLinkLocal_False() =>
        Assert.False(AddressPolicy.IsAllowed(IPAddress.Parse("fe80::1%2")));
}
