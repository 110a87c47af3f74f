using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.FakeDiscord;

/// <summary>The fake gateway closes with Discord's codes when a client breaks the rules.</summary>
public sealed class FakeDiscordGatewayTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Connect_WrongApiVersion_Closes4012()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Token);

        Assert.Equal(4012, await CloseCodeAfterAsync(fake, "?v=6&encoding=json"));
    }

    [Fact]
    public async Task Presence_BeforeIdentify_Closes4003()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Token);

        Assert.Equal(4003, await CloseCodeAfterAsync(fake, payloads: """{"op":3,"d":{}}"""));
    }

    [Fact]
    public async Task Payload_Over4096Bytes_Closes4002()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Token);

        Assert.Equal(4002, await CloseCodeAfterAsync(fake, payloads: $$"""{"op":1,"d":"{{new string('x', 5000)}}"}"""));
    }

    [Fact]
    public async Task UnknownOpcode_Closes4001()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Token);

        Assert.Equal(4001, await CloseCodeAfterAsync(fake, payloads: """{"op":42,"d":null}"""));
    }

    [Fact]
    public async Task Identify_PrivilegedIntent_Closes4014()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Token);

        Assert.Equal(4014, await CloseCodeAfterAsync(fake, payloads: Identify(fake, 1 << 15)));
    }

    [Fact]
    public async Task Identify_Twice_Closes4005()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Token);

        Assert.Equal(4005, await CloseCodeAfterAsync(fake, payloads: [Identify(fake, 0), Identify(fake, 0)]));
    }

    [Fact]
    public async Task Heartbeats_Stop_ConnectionClosed()
    {
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(100) }, cancellationToken: Token);

        Assert.Equal(4009, await CloseCodeAfterAsync(fake, payloads: Identify(fake, 0)));
    }

    private static string Identify(FakeDiscordServer fake, int intents) =>
        new JsonObject
        {
            ["op"] = 2,
            ["d"] = new JsonObject { ["token"] = fake.Options.Token, ["intents"] = intents, ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "t", ["device"] = "t" } },
        }.ToJsonString();

    private static async Task<int?> CloseCodeAfterAsync(FakeDiscordServer fake, string query = "?v=10&encoding=json", params string[] payloads)
    {
        using var socket = new ClientWebSocket();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Token);
        limit.CancelAfter(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri(fake.GatewayUrl + query), limit.Token);
        foreach (var payload in payloads)
            await socket.SendAsync(Encoding.UTF8.GetBytes(payload), WebSocketMessageType.Text, true, limit.Token);
        var buffer = new byte[65536];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, limit.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return (int?)result.CloseStatus;
            var op = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))?["op"]?.GetValue<int>();
            Assert.NotNull(op);
        }
    }
}
