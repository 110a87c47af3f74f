using Microsoft.Extensions.Time.Testing;
using NewsBot.Benchmarks.Engine;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The outlets and the fake Discord in this process. With the bot's own clock (in-process mode) there is nothing to
/// move; in the child process the clock is its own and follows the parent's.
/// </summary>
internal sealed class LocalOutletServers : IOutletServers
{
    private readonly SoakSite _site;
    private readonly FakeDiscordServer _discord;
    private readonly FakeTimeProvider _clock;
    private readonly bool _ownsClock;
    private bool _stopped;

    private LocalOutletServers(SoakSite site, FakeDiscordServer discord, FakeTimeProvider clock, bool ownsClock) =>
        (_site, _discord, _clock, _ownsClock) = (site, discord, clock, ownsClock);

    public Uri SiteBase => _site.BaseUri;

    public IReadOnlyDictionary<string, string?> DiscordSettings => _discord.Settings;

    public static async Task<LocalOutletServers> StartAsync(
        SoakOptions options, DateTimeOffset start, FakeTimeProvider clock, bool ownsClock, CancellationToken cancellationToken)
    {
        var site = await SoakSite.StartAsync(new SoakOutlets(options, start), new StoryPlan(start, SoakOutlets.Listed), clock, cancellationToken);
        var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { RateLimitsEnabled = false }, clock, cancellationToken);
        for (var t = 0; t < options.Topics; t++)
            discord.State.Channels[SoakTopics.ChannelId(t)] = FakeChannelKind.Text;
        return new LocalOutletServers(site, discord, clock, ownsClock);
    }

    public ValueTask MoveClockAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_ownsClock && now > _clock.GetUtcNow())
            _clock.SetUtcNow(now);
        return ValueTask.CompletedTask;
    }

    public async Task<OutletFigures> StopAsync(CancellationToken cancellationToken)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var figures = new OutletFigures(_site.Requests, _discord.State.Messages.Count, _ownsClock ? process.PeakWorkingSet64 : 0);
        await DisposeAsync();
        return figures;
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        await _site.DisposeAsync();
        await _discord.DisposeAsync();
    }
}
