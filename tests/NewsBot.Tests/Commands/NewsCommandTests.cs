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
}
