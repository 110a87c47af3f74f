using System.IO.Compression;
using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class WebFetcherSizeCapTests
{
    private const int Cap = 4096;

    [Fact]
    public async Task FetchAsync_DeclaredLengthOverCap_TooLarge()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/big", LoopbackResponse.Bytes(new byte[Cap + 1]));
        await using var harness = Harness();

        var failure = await harness.FetchFailsAsync(server.Url("/big"));

        Assert.Equal(FetchFailure.TooLarge, failure.Failure);
        Assert.Equal($"{server.Url("/big")}: the response is larger than the 4,096-byte limit; refused", failure.Message);
        Assert.Equal(1, server.CountRequests("/big"));
    }

    [Fact]
    public async Task FetchAsync_ChunkedBodyOverCap_TooLarge()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/big", LoopbackResponse.Bytes(new byte[Cap * 3]) with { Chunked = true });
        await using var harness = Harness();

        var failure = await harness.FetchFailsAsync(server.Url("/big"));

        Assert.Equal(FetchFailure.TooLarge, failure.Failure);
    }

    [Fact]
    public async Task FetchAsync_EndlessBody_StopsAtCap()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.MapEndlessBody("/stream");
        await using var harness = Harness();

        var failure = await harness.FetchFailsAsync(server.Url("/stream"));

        Assert.Equal(FetchFailure.TooLarge, failure.Failure);
    }

    [Fact]
    public async Task FetchAsync_GzipBombSmallOnTheWire_TooLarge()
    {
        var inflated = new byte[1_000_000];
        Assert.True(GzipSize(inflated) < Cap, "the compressed body must fit under the cap for this test to mean anything");
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/bomb", LoopbackResponse.Bytes(inflated, "application/rss+xml") with { Gzip = true });
        await using var harness = Harness();

        var failure = await harness.FetchFailsAsync(server.Url("/bomb"));

        Assert.Equal(FetchFailure.TooLarge, failure.Failure);
    }

    [Fact]
    public async Task FetchAsync_GzipBodyWithinCap_DecompressedAndEncodingAdvertised()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/feed", LoopbackResponse.Text("<rss>compressed</rss>", "application/rss+xml") with { Gzip = true });
        await using var harness = Harness();

        var resource = await harness.FetchAsync(server.Url("/feed"));

        Assert.Equal("<rss>compressed</rss>", resource.DecodeText());
        var acceptEncoding = Assert.Single(server.Requests).Header("Accept-Encoding");
        Assert.Contains("gzip", acceptEncoding, StringComparison.Ordinal);
        Assert.Contains("br", acceptEncoding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_BodyExactlyAtCap_Accepted()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/exact", LoopbackResponse.Bytes(new byte[Cap]) with { Chunked = true });
        await using var harness = Harness();

        var resource = await harness.FetchAsync(server.Url("/exact"));

        Assert.Equal(Cap, resource.Body.Length);
    }

    [Fact]
    public async Task FetchAsync_BodyOfSeveralSegments_KeptInSegmentsBelowTheLargeObjectSize()
    {
        var page = Enumerable.Range(0, 200_000).Select(i => (byte)('a' + (i % 26))).ToArray();
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/page", LoopbackResponse.Bytes(page, "text/html"));
        await using var harness = FetcherHarness.AllowingLoopback();

        using var resource = await harness.FetchAsync(server.Url("/page"));

        Assert.Equal(page.Length, resource.Content.Length);
        Assert.All(resource.Content.Segments, segment => Assert.InRange(segment.Length, 1, ResponseBody.SegmentBytes));
        Assert.Equal(page, resource.Body);
    }

    private static FetcherHarness Harness() => FetcherHarness.AllowingLoopback(("MaxResponseBytes", Cap.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static long GzipSize(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
            gzip.Write(body);
        return output.ToArray().Length;
    }
}
