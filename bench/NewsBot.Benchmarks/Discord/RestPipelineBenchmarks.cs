using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimiting;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Benchmarks.Discord;

/// <summary>
/// The REST pipeline against the fake Discord on loopback with its limits off: 256 Create Message calls from 16 concurrent
/// senders per operation. Raw HttpClient is the floor; the two pipeline rows differ only by the rate limiter
/// (global ceiling lifted), so their difference is what the limiter costs per request.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class RestPipelineBenchmarks
{
    private const int Requests = 256;
    private const int Senders = 16;
    private static readonly MessagePayload Message = new() { Content = "Harbour bridge reopens after repairs", Embeds = [new Embed { Title = "Quay works", Description = "\"Done at last,\" said Ada Quill." }] };

    private FakeDiscordServer _fake = null!;
    private HttpClient _raw = null!;
    private ChannelsApi _withoutLimiter = null!;
    private ChannelsApi _withLimiter = null!;
    private Uri _messagesUri = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fake = FakeDiscordServer.StartAsync(new FakeDiscordOptions { RateLimitsEnabled = false, GlobalLimitPerSecond = int.MaxValue }).GetAwaiter().GetResult();
        var options = Options.Create(new DiscordOptions { Token = _fake.Options.Token, ApiBaseUrl = _fake.ApiBaseUrl });
        _raw = new HttpClient(new SocketsHttpHandler());
        _raw.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + _fake.Options.Token);
        _raw.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "DiscordBot (bench, 1)");
        _messagesUri = new Uri(_fake.ApiBaseUrl + "/channels/100/messages");
        _withoutLimiter = new DiscordApi(Client(new SocketsHttpHandler(), options)).Channels;
        var limiter = new RateLimitHandler(new RestRateLimiter(TimeProvider.System, int.MaxValue), options, TimeProvider.System, NullLogger<RateLimitHandler>.Instance)
        {
            InnerHandler = new SocketsHttpHandler(),
        };
        _withLimiter = new DiscordApi(Client(limiter, options)).Channels;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _fake.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public Task RawHttpClient() => SaturateAsync(async () =>
    {
        using var response = await _raw.PostAsJsonAsync(_messagesUri, Message, DiscordJson.Options);
        response.EnsureSuccessStatusCode();
    });

    [Benchmark(OperationsPerInvoke = Requests)]
    public Task PipelineWithoutLimiter() => SaturateAsync(async () => (await _withoutLimiter.CreateMessageAsync("100", Message, CancellationToken.None)).GetValueOrThrow());

    [Benchmark(OperationsPerInvoke = Requests)]
    public Task PipelineWithLimiter() => SaturateAsync(async () => (await _withLimiter.CreateMessageAsync("100", Message, CancellationToken.None)).GetValueOrThrow());

    private static Task SaturateAsync(Func<Task> send) => Task.WhenAll(Enumerable.Range(0, Senders).Select(async _ =>
    {
        for (var i = 0; i < Requests / Senders; i++)
            await send();
    }));

    private static DiscordRestClient Client(HttpMessageHandler handler, IOptions<DiscordOptions> options) =>
        new(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, options, new DiscordAuthState(), NullLogger<DiscordRestClient>.Instance);
}
