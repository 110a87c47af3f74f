namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Issue 14, item 2: no frame, however malformed, ends <c>run</c>; the client reconnects and resumes.</summary>
public sealed class GatewayFaultTests
{
    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("""{"op":0,"s":900,"d":{}}""")]
    [InlineData("""{"op":0,"t":"MESSAGE_CREATE","s":4294967296,"d":{}}""")]
    [InlineData("""[0,"READY"]""")]
    [InlineData("""{"op":0,"t":7,"s":901,"d":{}}""")]
    [InlineData("""{"op":0,"t":"READY","s":902,"d":{"v":10}}""")]
    public async Task Run_MalformedFrame_ReconnectsAndResumesInsteadOfEnding(string frame)
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        await harness.Gateway.SendRawAsync(frame);
        await harness.WaitUntilAsync(() => harness.Gateway.Resumes == 1);
        var after = await harness.Gateway.SendInteractionAsync("ping");
        await harness.WaitUntilAsync(() => harness.Handler.InteractionIds.Contains(after.Id));

        Assert.False(harness.Run.IsCompleted);
        Assert.Equal(1, harness.Gateway.Identifies);
    }

    [Theory]
    [InlineData("""{"op":10,"d":{}}""")]
    [InlineData("""{"op":10,"d":{"heartbeat_interval":-5}}""")]
    [InlineData("""{"op":10}""")]
    public async Task Run_HelloWithoutAUsableHeartbeatInterval_ReconnectsAndResumes(string hello)
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.WaitUntilReadyAsync();

        harness.Gateway.SendNextHelloAs(hello);
        harness.Gateway.DropConnection();
        await harness.WaitUntilAsync(() => harness.Gateway.Resumes == 1);

        Assert.False(harness.Run.IsCompleted);
        Assert.Equal(2, harness.Gateway.Events.Count(e => e == "connect:/resume-gateway"));
        Assert.Equal(1, harness.Gateway.Identifies);
    }
}
