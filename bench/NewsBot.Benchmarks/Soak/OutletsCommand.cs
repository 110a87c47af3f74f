using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// <c>soak-outlets</c> (hidden): the soak's outlets and fake Discord as a child process of the soak, so the soak's own
/// process holds the bot alone. Speaks <see cref="OutletProtocol"/> on its standard input and output.
/// </summary>
internal static class OutletsCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, DateTimeOffset start)
    {
        var options = SoakOptions.Parse(args);
        var output = Console.Out;
        await using var servers = await LocalOutletServers.StartAsync(options, start, new FakeTimeProvider(start), ownsClock: true, CancellationToken.None);
        await output.WriteLineAsync(OutletProtocol.Site + servers.SiteBase.AbsoluteUri);
        foreach (var (key, value) in servers.DiscordSettings)
            await output.WriteLineAsync($"{OutletProtocol.Setting}{key}={value}");
        await output.WriteLineAsync(OutletProtocol.Ready);
        await output.FlushAsync();
        while (await Console.In.ReadLineAsync() is { } line)
        {
            await servers.MoveClockAsync(OutletProtocol.ReadTime(line), CancellationToken.None);
            await output.WriteLineAsync(OutletProtocol.Moved);
            await output.FlushAsync();
        }
        await output.WriteLineAsync(OutletProtocol.Write(await servers.StopAsync(CancellationToken.None)));
        await output.FlushAsync();
        return 0;
    }
}
