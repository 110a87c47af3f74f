namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The soak's outlets on loopback and its fake Discord, wherever they run: in a child process (the default, so the
/// parent's memory is the bot's alone) or in this one (<c>--in-process 1</c>).
/// </summary>
internal interface IOutletServers : IAsyncDisposable
{
    Uri SiteBase { get; }

    /// <summary>Settings that point the bot at the fake Discord.</summary>
    IReadOnlyDictionary<string, string?> DiscordSettings { get; }

    /// <summary>Brings the servers' clock to <paramref name="now"/>; done before the bot's clock moves, so no request sees an older time.</summary>
    ValueTask MoveClockAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stops the servers and returns what they counted.</summary>
    Task<OutletFigures> StopAsync(CancellationToken cancellationToken);
}
