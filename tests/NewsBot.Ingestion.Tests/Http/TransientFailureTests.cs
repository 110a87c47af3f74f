using System.Net;
using System.Net.Sockets;
using NewsBot.Ingestion.Http;
using Polly;
using Polly.Timeout;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class TransientFailureTests
{
    [Theory]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(200, false)]
    [InlineData(304, false)]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(408, false)]
    [InlineData(429, false)]
    public void ShouldRetry_Status_OnlyServerErrors(int status, bool expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(expected, TransientFailure.ShouldRetry(Outcome.FromResult(response)));
    }

    [Fact]
    public void ShouldRetry_DroppedConnection_True() =>
        Assert.True(TransientFailure.ShouldRetry(Failed(new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset)))));

    [Fact]
    public void ShouldRetry_AttemptTimeout_True() =>
        Assert.True(TransientFailure.ShouldRetry(Failed(new TimeoutRejectedException())));

    [Fact]
    public void ShouldRetry_RefusedAddress_False() =>
        Assert.False(TransientFailure.ShouldRetry(Failed(new HttpRequestException("refused", new AddressRefusedException("x.test", IPAddress.Loopback, "a loopback address")))));

    [Fact]
    public void ShouldRetry_UnknownHost_False() =>
        Assert.False(TransientFailure.ShouldRetry(Failed(new HttpRequestException("dns", new SocketException((int)SocketError.HostNotFound)))));

    [Fact]
    public void ShouldRetry_CallerCancelled_False() =>
        Assert.False(TransientFailure.ShouldRetry(Failed(new OperationCanceledException())));

    private static Outcome<HttpResponseMessage> Failed(Exception exception) => Outcome.FromException<HttpResponseMessage>(exception);
}
