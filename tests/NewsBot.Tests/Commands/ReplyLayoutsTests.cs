using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Commands;

/// <summary>
/// The replies of /quotes, "Key quotes", /news and /digest in the layout that applies, end to end through the fake Discord:
/// Components V2 where the digests around them are, embeds where they are (/feed test: FeedCommandTestTests).
/// </summary>
public sealed class ReplyLayoutsTests
{
    private const int Ephemeral = 64;
    private const int V2 = DiscordReply.ComponentsV2Flag;
    private static readonly Dictionary<string, string?> Components = new() { ["Digests:Layout"] = "Components" };

    [Fact]
    public async Task Quotes_ComponentsLayout_PublicFollowupIsTheDigestsStoryContainer()
    {
        await using var bot = await CommandHarness.StartAsync(Components);
        var url = MapArticle(bot);

        var interaction = await bot.SendAsync("quotes", CommandHarness.Options(("url", url)));

        Assert.Equal(Ephemeral, DiscordReply.CallbackFlags(interaction));
        var posted = Assert.Single(interaction.Followups);
        Assert.Equal(V2, DiscordReply.Flags(posted));
        Assert.True(posted.HasContainer);
        Assert.Null(posted.Body["embeds"]);
        var text = posted.ComponentText;
        Assert.Contains($"### [{InventedArticle.Title}]({url})", text, StringComparison.Ordinal);
        Assert.Contains($"> “{InventedArticle.Quote}” — **{InventedArticle.Speaker}**, director of the harbour board", text, StringComparison.Ordinal);
        Assert.Matches($@"-# {InventedArticle.Outlet} · <t:\d+:R> · by Jonas Ferrante", text);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Quotes_ChannelOfAnEmbedsTopic_EmbedWithTheBylineAsAuthor()
    {
        await using var bot = await CommandHarness.StartAsync(Components);
        await SaveLayoutAsync(bot, await bot.SaveTopicAsync("Harbour"), DigestLayout.Embeds);
        var url = MapArticle(bot);

        var interaction = await bot.SendAsync("quotes", CommandHarness.Options(("url", url)));

        var posted = Assert.Single(interaction.Followups);
        Assert.Equal(0, DiscordReply.Flags(posted) & V2);
        Assert.Equal(InventedArticle.Title, DiscordReply.Embed(posted)["title"]!.GetValue<string>());
        Assert.Equal("Jonas Ferrante", DiscordReply.Embed(posted)["author"]!["name"]!.GetValue<string>());
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Quotes_DirectMessage_DigestsLayoutWhateverTheServersTopicsUse()
    {
        await using var bot = await CommandHarness.StartAsync(Components);
        // A server topic in embeds posting to the channel id the DM carries too: a DM is no server's, so it does not count.
        await SaveLayoutAsync(bot, await bot.SaveTopicAsync("Harbour"), DigestLayout.Embeds);
        var url = MapArticle(bot);

        var interaction = await bot.SendAsync(new FakeInvocation("quotes") { GuildId = null, UserInstalled = true, UserId = "601", Options = CommandHarness.Options(("url", url)) });

        var posted = Assert.Single(interaction.Followups);
        Assert.Equal(V2, DiscordReply.Flags(posted));
        Assert.Contains($"— **{InventedArticle.Speaker}**", posted.ComponentText, StringComparison.Ordinal);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task KeyQuotes_ComponentsLayout_DeferWithoutTheFlagAndTheEditSetsIt()
    {
        await using var bot = await CommandHarness.StartAsync(Components);
        var url = MapArticle(bot);

        var interaction = await bot.SendAsync(new FakeInvocation(KeyQuotesCommand.CommandName) { CommandType = 3, TargetMessage = FakeInvocation.Message("880", "read this " + url) });

        Assert.Equal(5, interaction.CallbackType);
        Assert.Equal(Ephemeral, DiscordReply.CallbackFlags(interaction));
        var edit = Assert.Single(DiscordReply.OriginalEdits(bot.Discord));
        Assert.Equal(V2, edit["flags"]!.GetValue<int>());
        Assert.Equal(V2 | Ephemeral, DiscordReply.Flags(interaction.Original!));
        Assert.True(interaction.Original!.HasContainer);
        Assert.Contains($"“{InventedArticle.Quote}” — **{InventedArticle.Speaker}**", interaction.Original.ComponentText, StringComparison.Ordinal);
        Assert.Empty(interaction.Followups);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task News_ComponentsLayout_HeaderAndAContainerPerStory()
    {
        await using var bot = await CommandHarness.StartAsync(Components);
        var feed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        var url = bot.Site.Url("/harbourline/ferry.html").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", feed);
        await bot.StoreAsync(InventedArticle.Stored(url, feed));

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "skarva ferry")));

        Assert.Equal(4, interaction.CallbackType);
        Assert.Equal(V2, DiscordReply.CallbackFlags(interaction));
        var text = interaction.Original!.ComponentText;
        Assert.StartsWith("**News matching “skarva ferry”**\n-# last 7 days", text, StringComparison.Ordinal);
        Assert.Contains($"### [{InventedArticle.Title}]({url})", text, StringComparison.Ordinal);
        Assert.Contains("— **Mara Lindqvist**, director of the harbour board", text, StringComparison.Ordinal);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task News_TopicInEmbedsLayout_TheCompactEmbed()
    {
        await using var bot = await CommandHarness.StartAsync(Components);
        var feed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        // Another channel: the topic named decides, not the channel.
        var topic = await bot.SaveTopicAsync("Harbour", feed) with { ChannelId = "101" };
        await SaveLayoutAsync(bot, topic, DigestLayout.Embeds);
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/harbourline/ferry.html").AbsoluteUri, feed));

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "skarva ferry"), ("topic", "Harbour")));

        Assert.Equal(0, DiscordReply.CallbackFlags(interaction) & V2);
        Assert.Contains("— Mara Lindqvist", DiscordReply.Description(interaction.Original!), StringComparison.Ordinal);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task News_FiveLongResults_SplitAtStoriesWithinTheLimits()
    {
        await using var bot = await CommandHarness.StartAsync(Components);
        var site = bot.Site.Url("/harbourline/").AbsoluteUri;
        var feed = site + "feed.xml";
        await bot.SaveTopicAsync("Councils", feed);
        for (var i = 0; i < 6; i++)
            await bot.StoreAsync(LongBrief(i, site, feed));

        var interaction = await bot.SendAsync("news", CommandHarness.Options(("query", "argues")));

        var messages = interaction.Followups.Prepend(interaction.Original!).ToList();
        Assert.True(messages.Count > 1, "five long stories need more than one message");
        Assert.Equal(5, messages.Sum(m => m.Body["components"]!.AsArray().Count(c => c!["type"]!.GetValue<int>() == 17)));
        Assert.All(messages, m =>
        {
            Assert.Equal(V2, DiscordReply.Flags(m));
            var (components, text) = DiscordReply.Size(m);
            Assert.InRange(components, 1, 40);
            Assert.InRange(text, 1, 4000);
        });
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_PrivateInComponentsLayout_EditCarriesTheFlagAndFollowupsStayPrivate()
    {
        await using var bot = await CommandHarness.StartAsync(Components);
        var feed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Councils", feed);
        for (var i = 0; i < 8; i++)
            await bot.StoreAsync(InventedArticle.Brief(i, bot.Site.Url("/harbourline/").AbsoluteUri, feed));

        var interaction = await bot.SendAsync("digest", CommandHarness.Options(("topic", "Councils"), ("private", true)));

        Assert.Equal(Ephemeral, DiscordReply.CallbackFlags(interaction));
        Assert.Equal(V2, Assert.Single(DiscordReply.OriginalEdits(bot.Discord))["flags"]!.GetValue<int>());
        Assert.StartsWith("**Councils** digest · 8 stories", interaction.Original!.ComponentText, StringComparison.Ordinal);
        Assert.NotEmpty(interaction.Followups);
        Assert.All(interaction.Followups, f => Assert.Equal(V2 | Ephemeral, DiscordReply.Flags(f)));
        bot.AssertDiscordAcceptedEverything();
    }

    private static ArticleRecord LongBrief(int number, string site, string feed)
    {
        var brief = InventedArticle.Brief(number, site, feed);
        var url = $"{site}{new string('x', 300)}/brief-{number}.html";
        return brief with
        {
            Identity = new ArticleIdentity(feed, url, url),
            Title = brief.Title + " " + string.Join(' ', Enumerable.Repeat("and what the long council evening decided", 5)),
            Image = $"{site}images/brief-{number}.jpg",
            Quotes = [brief.Quotes[0]],
        };
    }

    private static Task<Topic> SaveLayoutAsync(CommandHarness bot, Topic topic, DigestLayout layout) =>
        bot.Services.GetRequiredService<ITopicStore>().SaveAsync(topic with { Layout = layout }, "test", "edit", TestContext.Current.CancellationToken);

    private static string MapArticle(CommandHarness bot)
    {
        bot.Site.Map("/harbourline/ferry.html", LoopbackResponse.Text(InventedArticle.Page, "text/html; charset=utf-8"));
        return bot.Site.Url("/harbourline/ferry.html").AbsoluteUri;
    }
}
