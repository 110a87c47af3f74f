using System.Text.Json.Nodes;
using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class TopicShowTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Show_CommandTopic_ShowsSettingsNextRunAndLastChangeWithoutPinging()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");
        await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["max_stories"] = 4 });
        var topic = (await bot.FindAsync("Harbour"))!;
        var next = (await bot.Scheduler.NextDigestAsync(topic.Id, Token))!.Value;

        var reply = await bot.SendAsync("show", new Dictionary<string, object> { ["name"] = "harbour" });

        var embed = reply.Original!.Body["embeds"]![0]!;
        var fields = embed["fields"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal("Harbour", embed["title"]!.GetValue<string>());
        Assert.Equal("`harbour`", fields["Query"]);
        Assert.Equal($"<#{TextChannel}>", fields["Channel"]);
        Assert.Contains("(UTC)", fields["Schedule"], StringComparison.Ordinal);
        Assert.Equal("4", fields["Max stories"]);
        Assert.StartsWith("none yet", fields["Feeds (0)"], StringComparison.Ordinal);
        Assert.Contains($"<t:{next.ToUnixTimeSeconds()}:R>", fields["Next digest"], StringComparison.Ordinal);
        Assert.Matches($"^<@{Moderator}>, <t:\\d+:R>: max stories: 8 → 4$", fields["Last change"]);
        Assert.Equal("none yet", fields["Last digest"]);
        Assert.Empty(reply.Original.MentionedUsers);
        Assert.Equal("""{"parse":[]}""", JsonNode.Parse(reply.CallbackBody!)!["data"]!["allowed_mentions"]!.ToJsonString());
        Assert.Equal(64, Flags(reply));
    }

    [Fact]
    public async Task Show_UnknownName_ListsOnlyThisServersTopicsEphemerally()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");
        await bot.CreateAsync("Island Weather");
        await bot.SeedOtherServerTopicAsync("Dunmarrow Council");

        var reply = await bot.SendAsync("show", new Dictionary<string, object> { ["name"] = "Harbour Lights" });

        Assert.Equal("There is no topic called **Harbour Lights**. This server's topics: **Harbour**, **Island Weather**.", Content(reply));
        Assert.Null(reply.Original!.Body["embeds"]);
        Assert.Equal(64, Flags(reply));
    }
}
