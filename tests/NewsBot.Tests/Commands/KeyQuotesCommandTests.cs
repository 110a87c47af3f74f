using NewsBot.Commands;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Commands;

/// <summary>The "Key quotes" message command end to end through the fake Discord and an invented outlet on loopback.</summary>
public sealed class KeyQuotesCommandTests
{
    [Fact]
    public async Task KeyQuotes_MessageWithArticleLink_AnswersPrivatelyWithItsQuotes()
    {
        await using var bot = await CommandHarness.StartAsync();
        var url = MapArticle(bot);

        var interaction = await bot.SendAsync(OnMessage($"Have you read this? [the ferry story]({url}) — big news for Skarva!") with { GuildId = null, UserInstalled = true });

        Assert.Equal(5, interaction.CallbackType);
        Assert.True(DiscordReply.IsEphemeral(interaction));
        var embed = DiscordReply.Embed(interaction.Original!);
        Assert.Equal(InventedArticle.Title, embed["title"]!.GetValue<string>());
        Assert.Equal(url, embed["url"]!.GetValue<string>());
        Assert.Contains($"“{InventedArticle.Quote}” — {InventedArticle.Speaker}", DiscordReply.Description(interaction.Original!), StringComparison.Ordinal);
        Assert.Empty(interaction.Followups);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task KeyQuotes_LinkOnlyInTheEmbed_ReadsTheEmbedsLink()
    {
        await using var bot = await CommandHarness.StartAsync();
        var url = MapArticle(bot);

        var interaction = await bot.SendAsync(OnMessage("this one", url));

        Assert.Contains($"— {InventedArticle.Speaker}", DiscordReply.Description(interaction.Original!), StringComparison.Ordinal);
        Assert.Single(bot.Site.Requests);
    }

    [Fact]
    public async Task KeyQuotes_MessageWithoutLink_ClearPrivateReplyAndNoFetch()
    {
        await using var bot = await CommandHarness.StartAsync();

        var interaction = await bot.SendAsync(OnMessage("See you at the harbour at 8, bring the ferry:// tickets"));

        Assert.Equal(4, interaction.CallbackType);
        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.Equal("That message has no http(s) link to an article to read quotes from.", interaction.Original!.Content);
        Assert.Empty(bot.Site.Requests);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task KeyQuotes_ItalianClientWithoutLink_ReplyInItalian()
    {
        await using var bot = await CommandHarness.StartAsync();

        var interaction = await bot.SendAsync(OnMessage("nessun link qui") with { Locale = "it" });

        Assert.Equal("Questo messaggio non contiene un link http(s) a un articolo da cui leggere le citazioni.", interaction.Original!.Content);
    }

    [Fact]
    public async Task KeyQuotes_LoopbackLinkWithGuardOn_RefusedAndNeverRequested()
    {
        await using var bot = await CommandHarness.StartAsync(new Dictionary<string, string?> { ["Fetching:AllowPrivateAddresses"] = "false" });
        var url = MapArticle(bot);

        var interaction = await bot.SendAsync(OnMessage(url));

        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.Equal(ArticleQuoter.PrivateNetworkRefusal, interaction.Original!.Content);
        Assert.Empty(bot.Site.Requests);
    }

    private static FakeInvocation OnMessage(string content, params string[] embedUrls) =>
        new(KeyQuotesCommand.CommandName) { CommandType = 3, TargetMessage = FakeInvocation.Message("880", content, embedUrls) };

    private static string MapArticle(CommandHarness bot)
    {
        bot.Site.Map("/harbourline/ferry.html", LoopbackResponse.Text(InventedArticle.Page, "text/html; charset=utf-8"));
        return bot.Site.Url("/harbourline/ferry.html").AbsoluteUri;
    }
}
