using System.Text.Json.Nodes;

namespace NewsBot.Tests.Commands;

/// <summary>/topics, /help, topic autocomplete and the registered definitions.</summary>
public sealed class TopicCommandsTests
{
    [Fact]
    public async Task Topics_TwoTopics_NameScheduleChannelAndNextDigest()
    {
        await using var bot = await CommandHarness.StartAsync();
        await bot.SaveTopicAsync("Schools");
        await bot.SaveTopicAsync("Harbour");

        var interaction = await bot.SendAsync("topics");

        Assert.True(DiscordReply.IsEphemeral(interaction));
        var lines = DiscordReply.Description(interaction.Original!).Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("**Harbour** · ", lines[0], StringComparison.Ordinal);
        Assert.Contains("<#100>", lines[0], StringComparison.Ordinal);
        Assert.Contains("Europe/Oslo", lines[0], StringComparison.Ordinal);
        Assert.Matches("next <t:[0-9]+:R>$", lines[0]);
        Assert.StartsWith("**Schools** · ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheMembersCommands()
    {
        await using var bot = await CommandHarness.StartAsync();

        var interaction = await bot.SendAsync("help");

        Assert.True(DiscordReply.IsEphemeral(interaction));
        var everyone = DiscordReply.Embed(interaction.Original!)["fields"]![0]!["value"]!.GetValue<string>();
        Assert.Contains("`/quotes url` — ", everyone, StringComparison.Ordinal);
        Assert.Contains("`/news query [topic] [days]` — ", everyone, StringComparison.Ordinal);
        Assert.Contains("`/digest topic [private]` — ", everyone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_ThirtyTopics_AtMost25PrefixMatchesFirst()
    {
        await using var bot = await CommandHarness.StartAsync();
        for (var i = 1; i <= 30; i++)
            await bot.SaveTopicAsync($"Harbour {i:00}");
        await bot.SaveTopicAsync("Old harbour");
        await bot.SaveTopicAsync("Weather");

        var interaction = await bot.SendAsync("digest", Typing("harb"), type: 4);

        Assert.Equal(8, interaction.CallbackType);
        var choices = DiscordReply.Choices(interaction);
        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.StartsWith("Harbour ", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Autocomplete_PrefixBeforeContains_NoUnrelatedTopics()
    {
        await using var bot = await CommandHarness.StartAsync();
        await bot.SaveTopicAsync("Old harbour");
        await bot.SaveTopicAsync("Harbour");
        await bot.SaveTopicAsync("Weather");

        var interaction = await bot.SendAsync("news", Typing("harb"), type: 4);

        Assert.Equal(["Harbour", "Old harbour"], DiscordReply.Choices(interaction));
    }

    [Fact]
    public async Task Register_AllCommands_AcceptedByDiscordsRules()
    {
        await using var bot = await CommandHarness.StartAsync();

        var names = bot.Discord.State.Commands["global"].Select(c => c!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(["Key quotes", "digest", "feed", "help", "news", "ping", "quotes", "sources", "topic", "topics"], names);
        bot.AssertDiscordAcceptedEverything();
    }

    private static JsonArray Typing(string text) =>
        [new JsonObject { ["name"] = "topic", ["type"] = 3, ["value"] = text, ["focused"] = true }];
}
