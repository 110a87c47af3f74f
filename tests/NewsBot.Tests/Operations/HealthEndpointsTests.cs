using System.Net;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;
using NewsBot.Tests.Cli;
using NewsBot.Tests.Engine;

namespace NewsBot.Tests.Operations;

/// <summary>/healthz, /readyz and /metrics of <c>run</c>, against the fake Discord on loopback.</summary>
public sealed class HealthEndpointsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readyz_GatewayNotReady_503ThenHealthzStill200()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Cancellation);
        fake.Inject("/commands", FakeFailure.Stalled());
        var (running, stop, http) = Start(fake, out var urls);

        var healthz = await FirstAnswerAsync(http, urls + "/healthz");
        var readyz = await http.GetAsync(new Uri(urls + "/readyz"), Cancellation);
        await stop.CancelAsync();
        await running;

        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyz.StatusCode);
        Assert.Contains("gateway", await readyz.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_AfterGatewayReady_200()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Cancellation);
        var (running, stop, http) = Start(fake, out var urls);

        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Count("ready") == 1 || running.IsCompleted, Cancellation);
        var readyz = await FirstAnswerAsync(http, urls + "/readyz", HttpStatusCode.OK);
        await stop.CancelAsync();
        var run = await running;

        Assert.Equal(HttpStatusCode.OK, readyz.StatusCode);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Readyz_GatewayClosedAndDown_503UntilResumedThen200()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Cancellation);
        var (running, stop, http) = Start(fake, out var urls, new Dictionary<string, string?> { ["Discord:ReadinessGraceSeconds"] = "0" });
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Count("ready") == 1 || running.IsCompleted, Cancellation);
        var before = await FirstAnswerAsync(http, urls + "/readyz", HttpStatusCode.OK);

        // Down until the test has seen the 503: every reconnection is refused, so the bot cannot resume in between.
        fake.Gateway.RefuseConnections = true;
        await fake.Gateway.CloseAsync(4000);
        var down = await FirstAnswerAsync(http, urls + "/readyz", HttpStatusCode.ServiceUnavailable);
        var downText = await down.Content.ReadAsStringAsync(Cancellation);
        fake.Gateway.RefuseConnections = false;
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Resumes == 1 || running.IsCompleted, Cancellation);
        var after = await FirstAnswerAsync(http, urls + "/readyz", HttpStatusCode.OK);
        await stop.CancelAsync();
        await running;

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("gateway (connection", downText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(1, fake.Gateway.Identifies);
    }

    [Fact]
    public async Task Readyz_HttpModeBeforeCommandsRegistered_503ThenAfterRegistration200()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Cancellation);
        // Discord answers the bulk overwrite 502 until the REST client's retries are spent: the bot backs off and tries again.
        fake.Inject("/commands", FakeFailure.ServerError(), FakeFailure.ServerError(), FakeFailure.ServerError(), FakeFailure.ServerError());
        var (running, stop, http) = Start(fake, out var urls, new Dictionary<string, string?>
        {
            ["Discord:InteractionsMode"] = "http",
            ["Discord:PublicKey"] = fake.Http.PublicKeyHex,
        });

        var waiting = await FirstAnswerAsync(http, urls + "/readyz", HttpStatusCode.ServiceUnavailable);
        var waitingText = await waiting.Content.ReadAsStringAsync(Cancellation);
        await FakeDiscordServer.WaitUntilAsync(() => fake.State.Commands.ContainsKey("global") || running.IsCompleted, Cancellation);
        var ready = await FirstAnswerAsync(http, urls + "/readyz", HttpStatusCode.OK);
        await stop.CancelAsync();
        await running;

        Assert.Contains("commands", waitingText, StringComparison.Ordinal);
        Assert.DoesNotContain("gateway", waitingText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Empty(fake.Gateway.Events);
    }

    [Fact]
    public async Task Metrics_AfterPollAndDigest_PrometheusTextNamesEveryMetric()
    {
        const string channel = "123456789012345678";
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Cancellation);
        fake.State.Channels[channel] = FakeChannelKind.Text;
        await using var site = await NewsSite.StartAsync();
        site.Publish("courier", SiteStory.Ferry(TimeProvider.System.GetUtcNow().AddMinutes(-30)));
        var (running, stop, http) = Start(fake, out var urls, new Dictionary<string, string?>
        {
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Polling:FirstPollWindowSeconds"] = "0",
            ["Topics:0:Name"] = "World",
            ["Topics:0:Schedule"] = "0/2 * * * * ?",
            ["Topics:0:ChannelId"] = channel,
            ["Topics:0:Feeds:0"] = site.FeedUrl("courier"),
            // Never published: 404 at every poll, for the failed-polls counter.
            ["Topics:0:Feeds:1"] = site.FeedUrl("vanished"),
        });

        await FakeDiscordServer.WaitUntilAsync(
            () => fake.State.Messages.Any(m => m.ChannelId == channel) || running.IsCompleted, Cancellation, TimeSpan.FromSeconds(60));
        // The outbox marks the message sent (and counts it, and its digest with its last message) just after Discord accepts it.
        var metrics = await MetricsOnceCountedAsync(http, urls, "newsbot_digests_sent_total");
        var failed = await MetricsOnceCountedAsync(http, urls, "newsbot_feeds_failed_total");
        await stop.CancelAsync();
        await running;

        Assert.Contains("newsbot_feeds_polled_total", metrics, StringComparison.Ordinal);
        Assert.Contains("newsbot_articles_stored_total", metrics, StringComparison.Ordinal);
        Assert.Contains("newsbot_digest_messages_sent_total", metrics, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^newsbot_digests_sent_total(\{[^}]*\})? [1-9]", metrics);
        Assert.Contains("newsbot_extraction_duration_milliseconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Contains("newsbot_quotes_duration_milliseconds_bucket{", metrics, StringComparison.Ordinal);
        // Sampled at the scrape: no feed paused; the digest's message may still be marked sent when the scrape reads the outbox.
        Assert.Matches(@"(?m)^newsbot_feeds_paused(\{[^}]*\})? 0\b", metrics);
        Assert.Matches(@"(?m)^newsbot_outbox_depth(\{[^}]*\})? \d", metrics);
        Assert.Matches(@"(?m)^newsbot_outbox_oldest_age_seconds(\{[^}]*\})? \d", metrics);
        Assert.Contains("discord_rest_requests_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("status=\"200\"", metrics, StringComparison.Ordinal);
        Assert.Matches(@"discord_rest_requests_total\{[^}]*route=""[^""]*channels[^""]*""", metrics);
        Assert.Matches(@"(?m)^newsbot_feeds_failed_total(\{[^}]*\})? [1-9]", failed);
    }

    [Fact]
    public async Task Metrics_RateLimitedThenReconnected_DiscordMeterCountsBoth()
    {
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: Cancellation);
        fake.Inject("/commands", FakeFailure.TooManyRequests(0.05));
        var (running, stop, http) = Start(fake, out var urls);

        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Count("ready") == 1 || running.IsCompleted, Cancellation);
        await fake.Gateway.SendReconnectAsync();
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Resumes == 1 || running.IsCompleted, Cancellation);
        var metrics = await MetricsOnceCountedAsync(http, urls, "discord_rest_rate_limit_waits_total");
        await stop.CancelAsync();
        await running;

        Assert.Contains("discord_rest_rate_limit_waits_total", metrics, StringComparison.Ordinal);
        Assert.Contains("discord_gateway_reconnects_total", metrics, StringComparison.Ordinal);
        Assert.Contains("status=\"429\"", metrics, StringComparison.Ordinal);
    }

    /// <summary>/metrics once <paramref name="counter"/> appears in it (a counter is exported from its first count on).</summary>
    private static async Task<string> MetricsOnceCountedAsync(HttpClient http, string urls, string counter)
    {
        // Bounded by time, not by attempts: 200 scrapes (10 s) were too few for a failed poll to be counted on a loaded
        // machine; the other waits of these tests allow 60 s too.
        var metrics = "";
        var started = TimeProvider.System.GetTimestamp();
        for (var attempt = 0; !metrics.Contains(counter, StringComparison.Ordinal) && TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(60); attempt++)
        {
            if (attempt > 0)
                await Task.Delay(50, Cancellation);
            metrics = await (await FirstAnswerAsync(http, urls + "/metrics", HttpStatusCode.OK)).Content.ReadAsStringAsync(Cancellation);
        }
        return metrics;
    }

    private static (Task<CliRun> Running, CancellationTokenSource Stop, HttpClient Http) Start(
        FakeDiscordServer fake, out string urls, IReadOnlyDictionary<string, string?>? extra = null)
    {
        urls = $"http://127.0.0.1:{FreeLoopbackPort.Next()}";
        var settings = new Dictionary<string, string?>(fake.Settings) { ["Http:Urls"] = urls };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        return (CliRun.ExecuteAsync(["run"], settings, cancellationToken: stop.Token), stop, new HttpClient { Timeout = TimeSpan.FromSeconds(5) });
    }

    /// <summary>Asks until the server answers (with <paramref name="wanted"/>, when given) or the test's time runs out.</summary>
    internal static async Task<HttpResponseMessage> FirstAnswerAsync(HttpClient http, string url, HttpStatusCode? wanted = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await http.GetAsync(new Uri(url), Cancellation);
                if (wanted is null || response.StatusCode == wanted || attempt > 200)
                    return response;
            }
            catch (HttpRequestException) when (attempt < 200)
            {
            }
            await Task.Delay(50, Cancellation);
        }
    }
}
