using System.Text;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Http;

public sealed class WebFetcherCharsetTests
{
    // "Café – 5 €" in windows-1252: é = E9, en dash = 96, euro = 80.
    private static readonly byte[] Windows1252Text = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80];

    [Fact]
    public async Task DecodeText_CharsetInContentType_DecodesWindows1252()
    {
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/legacy", LoopbackResponse.Bytes(Windows1252Text, "text/plain; charset=windows-1252"));
        await using var harness = FetcherHarness.AllowingLoopback();

        var resource = await harness.FetchAsync(server.Url("/legacy"));

        Assert.Equal("windows-1252", resource.Charset);
        Assert.Equal("Café – 5 €", resource.DecodeText());
    }

    [Fact]
    public async Task DecodeText_MetaCharsetWithoutHeaderCharset_UsesMeta()
    {
        byte[] html = [.. "<html><head><meta charset=\"windows-1252\"></head><body>"u8, .. Windows1252Text, .. "</body></html>"u8];
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/page", LoopbackResponse.Bytes(html, "text/html"));
        await using var harness = FetcherHarness.AllowingLoopback();

        var resource = await harness.FetchAsync(server.Url("/page"));

        Assert.Null(resource.Charset);
        Assert.Equal("text/html", resource.MediaType);
        Assert.Contains("<body>Café – 5 €</body>", resource.DecodeText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecodeText_Utf8BomContradictingHeader_BomWins()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café – 5 €")];
        await using var server = await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken);
        server.Map("/bom", LoopbackResponse.Bytes(body, "text/plain; charset=windows-1252"));
        await using var harness = FetcherHarness.AllowingLoopback();

        var resource = await harness.FetchAsync(server.Url("/bom"));

        Assert.Equal("Café – 5 €", resource.DecodeText());
    }
}
