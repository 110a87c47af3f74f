using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Storage;

namespace NewsBot.Tests.Commands;

public sealed class NewsCommandTests
{
    [Fact]
    public async Task News_StoredArticleMatches_LinkedWithItsKeyQuote()
    {
        await using var bot = await CommandHarness.StartAsync();
        var url = bot.Site.Url("/harbourline/ferry.html").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", bot.Site.Url("/harbourline/feed.xml").AbsoluteUri);
        await bot.StoreAsync(InventedArticle.Stored(url, bot.Site.Url("/harbourline/feed.xml").AbsoluteUri));

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "skarva ferry")));

        Assert.Equal(4, interaction.CallbackType);
        Assert.False(DiscordReply.IsEphemeral(interaction));
        var description = DiscordReply.Description(interaction.Original!);
        Assert.Contains($"**[{InventedArticle.Title}]({url})**", description, StringComparison.Ordinal);
        Assert.Contains("— Mara Lindqvist", description, StringComparison.Ordinal);
        Assert.Contains("last 7 days", DiscordReply.Embed(interaction.Original!)["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task News_SameStoryFromTwoOutlets_OneEntryWithAlsoIn()
    {
        await using var bot = await CommandHarness.StartAsync();
        var harbourFeed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        var ledgerFeed = bot.Site.Url("/ledger/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", harbourFeed, ledgerFeed);
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/harbourline/ferry.html").AbsoluteUri, harbourFeed));
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/ledger/ferry.html").AbsoluteUri, ledgerFeed, "Harbour board approves Skarva ferry link") with { Outlet = "The Valley Ledger" });

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "skarva ferry")));

        var description = DiscordReply.Description(interaction.Original!);
        Assert.Single(description.Split("\n\n"));
        Assert.True(description.Contains("also in: The Valley Ledger", StringComparison.Ordinal)
            || description.Contains("also in: Harbourline Post", StringComparison.Ordinal), description);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task News_TopicGiven_OnlyItsFeedsArticles()
    {
        await using var bot = await CommandHarness.StartAsync();
        var harbourFeed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", harbourFeed);
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/harbourline/ferry.html").AbsoluteUri, harbourFeed));
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/gazette/ferry.html").AbsoluteUri, bot.Site.Url("/gazette/feed.xml").AbsoluteUri, "Gazette ferry timetable leaks"));

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "ferry"), ("topic", "Harbour"), ("days", 2)));

        var description = DiscordReply.Description(interaction.Original!);
        Assert.Contains(InventedArticle.Title, description, StringComparison.Ordinal);
        Assert.DoesNotContain("Gazette", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task News_NoTopicGiven_OnlyThisServersFeeds()
    {
        await using var bot = await CommandHarness.StartAsync();
        await bot.SaveTopicAsync("Harbour", bot.Site.Url("/harbourline/feed.xml").AbsoluteUri);
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/gazette/ferry.html").AbsoluteUri, bot.Site.Url("/gazette/feed.xml").AbsoluteUri, "Gazette ferry timetable leaks"));

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "ferry")));

        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.DoesNotContain("Gazette", interaction.CallbackBody!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task News_NothingMatches_SaysSoPrivately()
    {
        await using var bot = await CommandHarness.StartAsync();

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "lighthouse")));

        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.Equal("Nothing matches “lighthouse” in the last 7 days.", interaction.Original!.Content);
    }

    [Fact]
    public async Task News_DaysOutOfRange_PrivateError()
    {
        await using var bot = await CommandHarness.StartAsync();

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "ferry"), ("days", 31)));

        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.Contains("1 to 30", interaction.Original!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task News_OtherServersHave200BetterMatches_ThisServersMatchStillFound()
    {
        await using var bot = await CommandHarness.StartAsync();
        var harbourFeed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", harbourFeed);
        var wire = bot.Site.Url("/wire/feed.xml").AbsoluteUri;
        for (var i = 0; i < 210; i++)
            await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url($"/wire/{i}.html").AbsoluteUri, wire, "Ferry ferry ferry: Skarva ferry news"));
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/harbourline/ferry.html").AbsoluteUri, harbourFeed));

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "ferry")));

        var description = DiscordReply.Description(interaction.Original!);
        Assert.Contains(InventedArticle.Title, description, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry ferry ferry", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task News_ArticleStoredThroughAnotherServersFeed_FoundThroughThisServersFeedThatCarriesIt()
    {
        await using var bot = await CommandHarness.StartAsync();
        var harbourFeed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", harbourFeed);
        var stored = await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/wire/ferry.html").AbsoluteUri, bot.Site.Url("/wire/feed.xml").AbsoluteUri));
        await bot.Services.GetRequiredService<IArticleStore>().RecordSightingAsync(
            stored.Article.Identity with { FeedUrl = harbourFeed, ItemId = "harbour-7" }, isBackfill: false, TestContext.Current.CancellationToken);

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "ferry")));

        Assert.Contains(InventedArticle.Title, DiscordReply.Description(interaction.Original!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task News_NulInQuery_AnswersInsteadOfASqliteError()
    {
        await using var bot = await CommandHarness.StartAsync();
        await StoreHarbourStoryAsync(bot);

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "skarva\0ferry")));

        Assert.Contains(InventedArticle.Title, DiscordReply.Description(interaction.Original!), StringComparison.Ordinal);
        bot.AssertDiscordAcceptedEverything();
    }

    [Theory]
    [InlineData("ferry -timetable", false)]
    [InlineData("lighthouse OR skarva", true)]
    [InlineData("ferry -skarva", false)]
    public async Task News_MinusWordAndOr_ReadAsTheTopicQueryLanguage(string query, bool findsTheStory)
    {
        await using var bot = await CommandHarness.StartAsync();
        await StoreHarbourStoryAsync(bot);

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", query)));

        Assert.Equal(findsTheStory, interaction.Original!.Body["embeds"] is JsonArray { Count: > 0 });
    }

    [Fact]
    public async Task News_OnlyExclusions_SaysWhatToType()
    {
        await using var bot = await CommandHarness.StartAsync();
        await bot.SaveTopicAsync("Harbour", bot.Site.Url("/harbourline/feed.xml").AbsoluteUri);

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "-ferry")));

        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.Contains("at least one word", interaction.Original!.Content, StringComparison.Ordinal);
    }

    /// <summary>A "Harbour" topic on one feed, and the invented ferry story stored from that feed.</summary>
    private static async Task StoreHarbourStoryAsync(CommandHarness bot)
    {
        var harbourFeed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", harbourFeed);
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/harbourline/ferry.html").AbsoluteUri, harbourFeed));
    }
}
