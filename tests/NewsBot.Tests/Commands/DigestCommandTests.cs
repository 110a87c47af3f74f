using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Commands;

public sealed class DigestCommandTests
{
    [Fact]
    public async Task Digest_Private_OnlyTheMemberSeesTheTopicsStories()
    {
        await using var bot = await CommandHarness.StartAsync();
        var feed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", feed);
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/harbourline/ferry.html").AbsoluteUri, feed));

        var interaction = await bot.SendAsync("digest", CommandHarness.Options(("topic", "harbour"), ("private", true)));

        Assert.Equal(5, interaction.CallbackType);
        Assert.True(DiscordReply.IsEphemeral(interaction));
        var original = interaction.Original!;
        Assert.StartsWith("**Harbour** digest · 1 story", original.Content, StringComparison.Ordinal);
        Assert.Equal(InventedArticle.Title, DiscordReply.Embed(original)["title"]!.GetValue<string>());
        Assert.All(interaction.Followups, f => Assert.True(DiscordReply.IsEphemeral(f)));
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_MachineClockSetBackAfterStoring_StillCountsEveryStory()
    {
        // CI lost a story this way: the wall clock stepped back (a VM resumed from a snapshot) between the stores and the command.
        var machine = new SettableWallClock();
        await using var bot = await CommandHarness.StartAsync(machine: machine);
        var feed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Councils", feed);
        for (var i = 0; i < 8; i++)
            await bot.StoreAsync(InventedArticle.Brief(i, bot.Site.Url("/harbourline/").AbsoluteUri, feed));
        machine.Step(TimeSpan.FromSeconds(-5));

        var interaction = await bot.SendAsync("digest", CommandHarness.Options(("topic", "Councils"), ("private", true)));

        Assert.StartsWith("**Councils** digest · 8 stories", interaction.Original!.Content, StringComparison.Ordinal);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_PrivateOverSeveralMessages_EveryFollowupEphemeral()
    {
        await using var bot = await CommandHarness.StartAsync();
        var feed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Councils", feed);
        for (var i = 0; i < 8; i++)
            await bot.StoreAsync(InventedArticle.Brief(i, bot.Site.Url("/harbourline/").AbsoluteUri, feed));

        var interaction = await bot.SendAsync("digest", CommandHarness.Options(("topic", "Councils"), ("private", true)));

        Assert.StartsWith("**Councils** digest · 8 stories", interaction.Original!.Content, StringComparison.Ordinal);
        Assert.NotEmpty(interaction.Followups);
        Assert.All(interaction.Followups, f => Assert.True(DiscordReply.IsEphemeral(f)));
        var embeds = interaction.Followups.Prepend(interaction.Original).Sum(m => m.Body["embeds"]!.AsArray().Count);
        Assert.Equal(8, embeds);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_Public_PostedInTheChannel()
    {
        await using var bot = await CommandHarness.StartAsync();
        var feed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", feed);
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/harbourline/ferry.html").AbsoluteUri, feed));

        var interaction = await bot.SendAsync("digest", CommandHarness.Options(("topic", "Harbour")));

        Assert.False(DiscordReply.IsEphemeral(interaction));
        Assert.Contains("1 story", interaction.Original!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_MoreThanTheMembersLimitInAMinute_RefusedWithWhenToRetry()
    {
        await using var bot = await CommandHarness.StartAsync(new Dictionary<string, string?> { ["Commands:UserRequestsPerMinute"] = "2" });
        var feed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", feed);
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/harbourline/ferry.html").AbsoluteUri, feed));

        var answers = new List<FakeInteraction>();
        for (var i = 0; i < 3; i++)
            answers.Add(await bot.SendAsync("digest", CommandHarness.Options(("topic", "Harbour"))));

        Assert.All(answers.Take(2), a => Assert.Contains("1 story", a.Original!.Content, StringComparison.Ordinal));
        Assert.True(DiscordReply.IsEphemeral(answers[2]));
        Assert.Contains("try again", answers[2].Original!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_UnknownTopic_PrivateErrorListsTheServersTopics()
    {
        await using var bot = await CommandHarness.StartAsync();
        await bot.SaveTopicAsync("Harbour");
        await bot.SaveTopicAsync("Schools");

        var interaction = await bot.SendAsync("digest", CommandHarness.Options(("topic", "Weather")));

        Assert.Equal(4, interaction.CallbackType);
        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.Equal("There is no topic “Weather” in this server. Topics: Harbour, Schools", interaction.Original!.Content);
    }
}
