using NewsBot.Ingestion.Http;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class WebFetcherConditionalTests
{
    private const string ETag = "\"v1-abc\"";
    private const string LastModified = "Wed, 21 Oct 2026 07:28:00 GMT";

    [Fact]
    public async Task FetchAsync_FreshResource_CapturesValidatorsAndContentHeaders()
    {
        await using var server = await StartAsync();
        await using var harness = FetcherHarness.AllowingLoopback();

        var resource = await harness.FetchAsync(server.Url("/feed.xml"));

        Assert.Equal(200, resource.StatusCode);
        Assert.False(resource.NotModified);
        Assert.Equal(ETag, resource.ETag);
        Assert.Equal(LastModified, resource.LastModified);
        Assert.Equal("application/rss+xml", resource.MediaType);
        Assert.Equal("utf-8", resource.Charset);
        Assert.Equal("fr-CA", resource.ContentLanguage);
    }

    [Fact]
    public async Task FetchAsync_MatchingETag_Returns304WithEmptyBody()
    {
        await using var server = await StartAsync();
        await using var harness = FetcherHarness.AllowingLoopback();

        var resource = await harness.FetchAsync(server.Url("/feed.xml"), new ConditionalRequest(ETag, LastModified));

        Assert.Equal(304, resource.StatusCode);
        Assert.True(resource.NotModified);
        Assert.Empty(resource.Body);
        Assert.Equal(ETag, resource.ETag);
        Assert.Equal(LastModified, resource.LastModified);
        var request = Assert.Single(server.Requests);
        Assert.Equal(ETag, request.Header("If-None-Match"));
        Assert.Equal(LastModified, request.Header("If-Modified-Since"));
    }

    [Fact]
    public async Task FetchAsync_StaleETag_FullResponse()
    {
        await using var server = await StartAsync();
        await using var harness = FetcherHarness.AllowingLoopback();

        var resource = await harness.FetchAsync(server.Url("/feed.xml"), new ConditionalRequest("\"v0\"", null));

        Assert.Equal(200, resource.StatusCode);
        Assert.Equal("<rss>fresh</rss>", resource.DecodeText());
        Assert.Null(Assert.Single(server.Requests).Header("If-Modified-Since"));
    }

    [Fact]
    public async Task FetchAsync_AnyRequest_SendsConfiguredUserAgentAndFeedFriendlyAccept()
    {
        await using var server = await StartAsync();
        await using var harness = FetcherHarness.AllowingLoopback(("UserAgent", "NewsBotTest/9.9 (+https://bot.example.test)"));

        await harness.FetchAsync(server.Url("/feed.xml"));

        var request = Assert.Single(server.Requests);
        Assert.Equal("NewsBotTest/9.9 (+https://bot.example.test)", request.Header("User-Agent"));
        Assert.Contains("application/rss+xml", request.Header("Accept"), StringComparison.Ordinal);
        Assert.Contains("application/atom+xml", request.Header("Accept"), StringComparison.Ordinal);
        Assert.Contains("text/html", request.Header("Accept"), StringComparison.Ordinal);
    }

    private static async Task<LoopbackHttpServer> StartAsync()
    {
        var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        var fresh = LoopbackResponse.Text("<rss>fresh</rss>", "application/rss+xml; charset=utf-8")
            .WithHeader("ETag", ETag).WithHeader("Last-Modified", LastModified).WithHeader("Content-Language", "fr-CA");
        var notModified = LoopbackResponse.Status(304).WithHeader("ETag", ETag);
        server.Map("/feed.xml", context => (context.Request.Headers.IfNoneMatch == ETag ? notModified : fresh).WriteToAsync(context));
        return server;
    }
}
