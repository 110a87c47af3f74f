using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands.Moderation;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Testing;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Commands;

/// <summary>/quotes and /news where NewsBot is a guest (DMs, a member's own installation); moderator commands stay in servers.</summary>
public sealed class UserInstallTests
{
    private static readonly string[] Languages = ["de", "es-ES", "fr", "it", "pt-BR"];

    [Fact]
    public async Task Register_AllCommands_ScopesAndLocalisationsAcceptedByTheFake()
    {
        await using var bot = await CommandHarness.StartAsync();

        var commands = bot.Discord.State.Commands["global"].OfType<JsonObject>().ToDictionary(c => c["name"]!.GetValue<string>());

        foreach (var name in new[] { "quotes", "news", "Key quotes" })
        {
            Assert.Equal("[0,1,2]", commands[name]["contexts"]!.ToJsonString());
            Assert.Equal("[0,1]", commands[name]["integration_types"]!.ToJsonString());
        }
        foreach (var name in new[] { "topic", "feed", "digest", "topics" })
        {
            Assert.Equal("[0]", commands[name]["contexts"]!.ToJsonString());
            Assert.Equal("[0]", commands[name]["integration_types"]!.ToJsonString());
        }
        Assert.Equal(3, commands["Key quotes"]["type"]!.GetValue<int>());
        Assert.Equal(Languages, commands["quotes"]["name_localizations"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("zitate", commands["quotes"]["name_localizations"]!["de"]!.GetValue<string>());
        Assert.Equal("Schlüsselzitate", commands["Key quotes"]["name_localizations"]!["de"]!.GetValue<string>());
        Assert.Equal("suche", commands["news"]["options"]![0]!["name_localizations"]!["de"]!.GetValue<string>());
        Assert.Equal("erstellen", commands["topic"]["options"]![0]!["name_localizations"]!["de"]!.GetValue<string>());
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Quotes_DirectMessage_AnsweredWithTheQuotes()
    {
        await using var bot = await CommandHarness.StartAsync();
        var url = MapArticle(bot);

        var interaction = await bot.SendAsync(InDirectMessage("quotes") with { Options = CommandHarness.Options(("url", url)) });

        var posted = Assert.Single(interaction.Followups);
        Assert.Equal(InventedArticle.Title, DiscordReply.Embed(posted)["title"]!.GetValue<string>());
        Assert.Contains($"— {InventedArticle.Speaker}", DiscordReply.Description(posted), StringComparison.Ordinal);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Quotes_MemberInstallInServerWithoutNewsBot_Answered()
    {
        await using var bot = await CommandHarness.StartAsync();
        var url = MapArticle(bot);

        var interaction = await bot.SendAsync(FakeInvocation.Slash("quotes", CommandHarness.Options(("url", url))) with { UserInstalled = true, GuildId = "900" });

        Assert.Contains($"— {InventedArticle.Speaker}", DiscordReply.Description(Assert.Single(interaction.Followups)), StringComparison.Ordinal);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Quotes_GermanClient_RepliesInGerman()
    {
        await using var bot = await CommandHarness.StartAsync();
        var url = MapArticle(bot);

        var refused = await bot.SendAsync(InDirectMessage("quotes") with { Options = CommandHarness.Options(("url", "file:///etc/passwd")), Locale = "de" });
        var answered = await bot.SendAsync(InDirectMessage("quotes") with { Options = CommandHarness.Options(("url", url)), Locale = "de" });

        Assert.Equal("„file:///etc/passwd“ ist keine Webadresse; gib einen http(s)-Link an.", refused.Original!.Content);
        Assert.Equal("Hier sind die wichtigsten Zitate, für alle gepostet.", answered.Original!.Content);
        bot.AssertDiscordAcceptedEverything();
    }

    [Theory]
    [InlineData("es-419", "Da algunas palabras que buscar, y días de 1 a 30.")]
    [InlineData("en-GB", "Give some words to search for, and days from 1 to 30.")]
    [InlineData("ja", "Give some words to search for, and days from 1 to 30.")]
    public async Task News_OtherLocales_SameLanguageElseEnglish(string locale, string expected)
    {
        await using var bot = await CommandHarness.StartAsync();

        var interaction = await bot.SendAsync(FakeInvocation.Slash("news", CommandHarness.Options(("query", "ferry"), ("days", 31))) with { Locale = locale });

        Assert.Equal(expected, interaction.Original!.Content);
    }

    [Fact]
    public async Task News_DirectMessage_SearchesOnlyTheSettingsTopics()
    {
        await using var bot = await CommandHarness.StartAsync();
        var serverFeed = bot.Site.Url("/harbourline/feed.xml").AbsoluteUri;
        var publicFeed = bot.Site.Url("/gazette/feed.xml").AbsoluteUri;
        await bot.SaveTopicAsync("Harbour", serverFeed);
        await SavePublicTopicAsync(bot, "Coast", publicFeed);
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/harbourline/ferry.html").AbsoluteUri, serverFeed));
        await bot.StoreAsync(InventedArticle.Stored(bot.Site.Url("/gazette/ferry.html").AbsoluteUri, publicFeed, "Gazette ferry timetable leaks"));

        var interaction = await bot.SendAsync(InDirectMessage("news") with { Options = CommandHarness.Options(("query", "ferry")) });

        var description = DiscordReply.Description(interaction.Original!);
        Assert.Contains("Gazette ferry timetable leaks", description, StringComparison.Ordinal);
        Assert.DoesNotContain(InventedArticle.Title, description, StringComparison.Ordinal);
        Assert.Contains("public topics", DiscordReply.Embed(interaction.Original!)["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        bot.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task News_DirectMessageWithoutPublicTopics_SaysWhereItWorks()
    {
        await using var bot = await CommandHarness.StartAsync();
        await bot.SaveTopicAsync("Harbour", bot.Site.Url("/harbourline/feed.xml").AbsoluteUri);

        var interaction = await bot.SendAsync(InDirectMessage("news") with { Options = CommandHarness.Options(("query", "ferry")) });

        Assert.True(DiscordReply.IsEphemeral(interaction));
        Assert.StartsWith("Outside a server with NewsBot, /news searches the public topics", interaction.Original!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotesThenKeyQuotes_DirectMessage_OneBudgetPerUserId()
    {
        await using var bot = await CommandHarness.StartAsync(new Dictionary<string, string?> { ["Commands:UserRequestsPerMinute"] = "1" });
        var url = MapArticle(bot);

        await bot.SendAsync(InDirectMessage("quotes") with { Options = CommandHarness.Options(("url", url)) });
        var menu = new FakeInvocation(NewsBot.Commands.KeyQuotesCommand.CommandName) { CommandType = 3, TargetMessage = FakeInvocation.Message("880", url), GuildId = null, UserInstalled = true };
        var limited = await bot.SendAsync(menu with { UserId = "601" });
        var otherUser = await bot.SendAsync(menu with { UserId = "602" });

        Assert.StartsWith("That is a lot of quotes in a minute; try again <t:", limited.Original!.Content, StringComparison.Ordinal);
        Assert.Contains($"— {InventedArticle.Speaker}", DiscordReply.Description(otherUser.Original!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewsAutocomplete_DirectMessage_OffersOnlyTheSettingsTopics()
    {
        await using var bot = await CommandHarness.StartAsync();
        await bot.SaveTopicAsync("Harbour news", bot.Site.Url("/harbourline/feed.xml").AbsoluteUri);
        await SavePublicTopicAsync(bot, "Harbour weather", bot.Site.Url("/gazette/feed.xml").AbsoluteUri);
        JsonArray typing = [new JsonObject { ["name"] = "topic", ["type"] = 3, ["value"] = "harb", ["focused"] = true }];

        var interaction = await bot.SendAsync(InDirectMessage("news") with { Options = typing, InteractionType = 4 });

        Assert.Equal(["Harbour weather"], DiscordReply.Choices(interaction));
    }

    [Fact]
    public async Task TopicCreate_DirectMessage_NotOfferedAndRefusedWhenSentAnyway()
    {
        await using var bot = await CommandHarness.StartAsync();
        var create = FakeInvocation.Slash("topic", [new JsonObject { ["name"] = "create", ["type"] = 1, ["options"] = new JsonArray() }]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => bot.SendAsync(create with { GuildId = null }));
        var inDm = await bot.SendAsync(create with { GuildId = null, RequireRegistration = false });
        var memberInstall = await bot.SendAsync(create with { UserInstalled = true, GuildId = "900", RequireRegistration = false });

        Assert.Equal(NewsBot.Localization.TextCatalog.Embedded.For(null).Get(ModeratorGuard.RefusalKey), inDm.Original!.Content);
        Assert.Equal(NewsBot.Localization.TextCatalog.Embedded.For(null).Get(ModeratorGuard.RefusalKey), memberInstall.Original!.Content);
        Assert.Empty(await bot.Services.GetRequiredService<ITopicStore>().ListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Digest_StaleRegistrationInDirectMessage_ServerOnlyReplyInFrench()
    {
        await using var bot = await CommandHarness.StartAsync();

        var interaction = await bot.SendAsync(InDirectMessage("digest") with { Options = CommandHarness.Options(("topic", "Harbour")), Locale = "fr", RequireRegistration = false });

        Assert.Equal("Cette commande fonctionne dans un serveur avec NewsBot, pas en message privé.", interaction.Original!.Content);
        Assert.True(DiscordReply.IsEphemeral(interaction));
    }

    private static FakeInvocation InDirectMessage(string name) => new(name) { GuildId = null, UserInstalled = true, UserId = "601" };

    private static string MapArticle(CommandHarness bot)
    {
        bot.Site.Map("/harbourline/ferry.html", LoopbackResponse.Text(InventedArticle.Page, "text/html; charset=utf-8"));
        return bot.Site.Url("/harbourline/ferry.html").AbsoluteUri;
    }

    private static Task<Topic> SavePublicTopicAsync(CommandHarness bot, string name, string feed) =>
        bot.Services.GetRequiredService<ITopicStore>().SaveAsync(
            new Topic { Name = name, GuildId = "501", ChannelId = "150", Schedule = "daily 08:00", Feeds = [feed], Origin = TopicOrigin.Configuration },
            "settings", "add", TestContext.Current.CancellationToken);
}
