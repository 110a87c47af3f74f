namespace NewsBot.Tests.Commands.Moderation;

public sealed class FeedCommandAutocompleteTests
{
    [Fact]
    public async Task Autocomplete_ManyTopicsAndFeeds_AtMost25MatchesPrefixFirst()
    {
        await using var harness = await FeedCommandHarness.CreateAsync();
        for (var i = 1; i <= 30; i++)
            await harness.SeedTopicAsync($"Harbour {i:00}");
        await harness.SeedTopicAsync("Old Harbour Walks");
        await harness.SeedTopicAsync("Island Weather", [.. Enumerable.Range(0, 30).Select(i => harness.QuietFeedUrl("courier", i))]);
        var ledger = harness.QuietFeedUrl("ledger");
        await harness.SeedTopicAsync("Valley Politics", ledger);
        await harness.StartBotAsync();

        var topics = await harness.AutocompleteAsync("remove", "topic", ("url", ""), ("topic", "harb"));
        var weather = await harness.AutocompleteAsync("list", "topic", ("topic", "weath"));
        var feeds = await harness.AutocompleteAsync("pause", "url", ("url", "edition=1"));
        var ofTopic = await harness.AutocompleteAsync("remove", "url", ("url", "edition"), ("topic", "valley politics"));

        Assert.Equal(25, topics.Count);
        Assert.Equal("Harbour 01", topics[0]);
        Assert.DoesNotContain("Old Harbour Walks", topics);
        Assert.Equal(["Island Weather"], weather);
        Assert.InRange(feeds.Count, 1, 25);
        Assert.All(feeds, f => Assert.Contains("edition=1", f, StringComparison.Ordinal));
        Assert.Equal([ledger], ofTopic);
    }
}
