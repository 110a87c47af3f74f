using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Engine.Topics;
using NewsBot.Tests.Cli;

namespace NewsBot.Tests.Engine.Topics;

public sealed class TopicsBindingTests
{
    private static readonly Dictionary<string, string?> Harbour = new()
    {
        ["Topics:0:Name"] = "harbour",
        ["Topics:0:Query"] = "ferry OR port",
        ["Topics:0:ChannelId"] = "123456789012345678",
        ["Topics:0:Schedule"] = "daily 08:00",
        ["Topics:0:TimeZone"] = "Europe/Berlin",
        ["Topics:0:MaxStories"] = "4",
        ["Topics:0:Language"] = "de",
        ["Topics:0:Feeds:0"] = "https://tidewater.example/rss",
        ["Topics:0:Feeds:1"] = "https://quayside.example/feed.xml",
        ["Topics:1:Name"] = "markets",
        ["Topics:1:ChannelId"] = "223456789012345678",
        ["Topics:1:Schedule"] = "every 6h",
        ["Topics:1:Feeds:0"] = "https://ledger.example/atom",
    };

    [Fact]
    public void AddNewsBot_TopicsSettings_BindEachField()
    {
        using var services = Provider(Harbour);

        var topics = services.GetRequiredService<IOptions<TopicsOptions>>().Value.Items;

        Assert.Equal(["harbour", "markets"], topics.Select(t => t.Name));
        var harbour = topics[0];
        Assert.Equal(("ferry OR port", "123456789012345678", "daily 08:00", "Europe/Berlin", 4, "de"),
            (harbour.Query, harbour.ChannelId, harbour.Schedule, harbour.TimeZone, harbour.MaxStories, harbour.Language));
        Assert.Equal(["https://tidewater.example/rss", "https://quayside.example/feed.xml"], harbour.Feeds);
        Assert.Equal(("UTC", 8, null), (topics[1].TimeZone, topics[1].MaxStories, topics[1].Language));
    }

    [Fact]
    public void AddNewsBot_NoTopicsSection_IsEmpty()
    {
        using var services = Provider([]);

        Assert.Empty(services.GetRequiredService<IOptions<TopicsOptions>>().Value.Items);
    }

    [Fact]
    public void AddNewsBot_BadTopic_FailsValidationWithItsName()
    {
        using var services = Provider(new Dictionary<string, string?>(Harbour) { ["Topics:1:Schedule"] = "whenever" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TopicsOptions>>().Value);

        Assert.StartsWith("Topics:1 (markets): 'whenever' is not a schedule", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_BadTopicInRun_ExitsWithUsageAndOneLine()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Topics:0:Name"] = "x",
            ["Topics:0:ChannelId"] = "123456789012345678",
            ["Topics:0:Schedule"] = "fortnightly 08:00",
            ["Topics:0:Feeds:0"] = "https://tidewater.example/rss",
        };

        // Topics are validated where they are used: `run` (the other verbs build no engine).
        var run = await CliRun.ExecuteAsync(["run"], settings);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Topics:0 (x): ", line, StringComparison.Ordinal);
        Assert.Contains("daily 08:00", line, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddNewsBot();
        return services.BuildServiceProvider();
    }
}
