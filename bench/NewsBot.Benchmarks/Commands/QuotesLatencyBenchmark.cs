namespace NewsBot.Benchmarks.Commands;

/// <summary>
/// <c>quotes-latency</c>: the acceptance run for /quotes. The real bot host against the fake Discord, articles
/// already stored, then bursts of concurrent <c>/quotes url:</c> interactions, each timed on the fake's clock.
/// </summary>
internal static class QuotesLatencyBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        QuotesLatencyOptions options;
        try
        {
            options = QuotesLatencyOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync("quotes-latency: " + e.Message);
            return 2;
        }

        var cancellationToken = CancellationToken.None;
        var report = new QuotesLatencyReport(Console.Out);
        report.Setup(options);
        await using var bot = await QuotesBot.StartAsync(cancellationToken);
        await bot.StoreAsync(options.Interactions, cancellationToken);
        var urls = Enumerable.Range(0, options.Interactions).Select(InventedStories.Url).ToList();

        var warmup = await RunRoundAsync(bot, "warm-up", urls.Take(options.Warmup).ToList(), cancellationToken);
        report.Round(warmup);
        var rounds = new List<LatencyRound>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            rounds.Add(await RunRoundAsync(bot, round.ToString(System.Globalization.CultureInfo.InvariantCulture), urls, cancellationToken));
            report.Round(rounds[^1]);
        }

        var all = rounds.SelectMany(r => r.Timings).ToList();
        var overallInitial = LatencyFigures.Of(all.Where(t => t.Initial is not null).Select(t => t.Initial!.Value));
        report.Figures("overall", "initial", overallInitial);
        report.Figures("", "final", LatencyFigures.Of(all.Where(t => t.Final is not null).Select(t => t.Final!.Value)));
        report.Verdict(overallInitial, all.Count(t => !t.Quoted), bot.Warnings.Count, bot.Warnings.First);
        return 0;
    }

    private static async Task<LatencyRound> RunRoundAsync(QuotesBot bot, string name, IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        var interactions = await bot.BurstAsync(urls, cancellationToken);
        var first = interactions.Min(i => i.CreatedAt);
        var requests = bot.Discord.Requests;
        return new LatencyRound(name, InteractionTiming.Measure(interactions, requests), interactions.Max(i => i.CreatedAt) - first, WebhookTraffic.Of(requests, first));
    }
}
