using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Rest;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests;

/// <summary>A fake Discord and a client wired to it through the real DI registration.</summary>
internal sealed class DiscordHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DiscordHarness(FakeDiscordServer fake, ServiceProvider services, CapturedLogs logs)
    {
        (Fake, _services, Logs) = (fake, services, logs);
    }

    public FakeDiscordServer Fake { get; }
    public CapturedLogs Logs { get; }
    public IServiceProvider Services => _services;
    public DiscordApi Rest => _services.GetRequiredService<DiscordApi>();

    public static async Task<DiscordHarness> StartAsync(
        FakeDiscordOptions? options = null, TimeProvider? time = null, string? token = null,
        Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null, bool httpPublicKey = false)
    {
        var fake = await FakeDiscordServer.StartAsync(options, time, TestContext.Current.CancellationToken);
        var configuration = new Dictionary<string, string?>(fake.Settings);
        if (httpPublicKey)
            configuration["Discord:PublicKey"] = fake.Http.PublicKeyHex;
        if (token is not null)
            configuration["Discord:Token"] = token;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;
        var logs = new CapturedLogs();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        if (time is not null)
            services.AddSingleton(time);
        services.AddNewsBotDiscord();
        services.Configure<DiscordOptions>(o => (o.RetryBaseDelay, o.ReconnectBaseDelay) = (TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20)));
        configure?.Invoke(services);
        return new DiscordHarness(fake, services.BuildServiceProvider(), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
