using System.Text.Json.Nodes;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Engine;

/// <summary>
/// Issue 16 end to end: with Digests:Layout at its default, digests go out as Components V2 messages the fake Discord
/// accepts, split over as many messages as its limits need, and later coverage edits the V2 message in place.
/// </summary>
public sealed class ComponentDigestDeliveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);
    private const string LedgerHeadline = "Skarva island gets its ferry link as harbour board says yes";

    [Fact]
    public async Task Digest_TwelveStoriesEachRunByThreeOutlets_ThreeV2MessagesTheFakeAccepts()
    {
        await using var engine = await EngineHarness.CreateAsync(Start);
        engine.Set("Digests:Layout", "Components");
        foreach (var outlet in new[] { "courier", "ledger", "gazette" })
            engine.Site.Publish(outlet, [.. Enumerable.Range(0, 12).Select(i => SiteStory.Brief(i, Start.AddMinutes(-10 - i)))]);
        engine.ConfigureTopic(0, "World", "hourly", "UTC", EngineHarness.Channel,
            engine.Site.FeedUrl("courier"), engine.Site.FeedUrl("ledger"), engine.Site.FeedUrl("gazette"));
        engine.Set("Topics:0:MaxStories", "12");
        await engine.StartBotAsync();

        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));

        var messages = engine.MessagesIn(EngineHarness.Channel);
        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.Equal(32768, m.Body["flags"]!.GetValue<int>()));
        Assert.All(messages, m => Assert.Null(m.Body["content"]));
        Assert.Equal(12, messages.Sum(m => Containers(m).Count));
        Assert.StartsWith("**World** digest · 12 stories", messages[0].ComponentText, StringComparison.Ordinal);
        // Each story: a thumbnail from the page's og:image and the two other outlets as link buttons.
        var story = Containers(messages[0])[0];
        Assert.StartsWith("https://images.", story["components"]![0]!["accessory"]!["media"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, story["components"]!.AsArray().Single(c => c!["type"]!.GetValue<int>() == 1)!["components"]!.AsArray().Count);
        Assert.All(messages, m => Assert.False(m.MentionEveryone || m.MentionedUsers.Count > 0 || m.MentionedRoles.Count > 0));
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_SecondOutletAfterTheFirstDigest_EditsTheV2MessageKeepingItsHeader()
    {
        await using var engine = await EngineHarness.CreateAsync(Start);
        engine.Set("Digests:Layout", "Components");
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddMinutes(-30)));
        engine.Site.Publish("ledger");
        engine.ConfigureTopic(0, "World", "hourly", "UTC", EngineHarness.Channel, engine.Site.FeedUrl("courier"), engine.Site.FeedUrl("ledger"));
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));
        var first = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        var header = first.Body["components"]![0]!.ToJsonString();
        engine.Site.Publish("ledger", SiteStory.Ferry(Start.AddHours(1).AddMinutes(5), LedgerHeadline));

        await engine.RunUntilAsync(Start.AddHours(3));

        var message = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.Equal(first.Id, message.Id);
        Assert.Equal(header, message.Body["components"]![0]!.ToJsonString());
        var button = Containers(message).Single()["components"]!.AsArray().Single(c => c!["type"]!.GetValue<int>() == 1)!["components"]![0]!;
        Assert.Equal("The Valley Ledger", button["label"]!.GetValue<string>());
        Assert.EndsWith("/ledger/ferry.html", button["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(engine.Discord.State.Messages.Edits);
        Assert.Single(engine.Discord.Requests, r => r.Method == "PATCH");
        engine.AssertDiscordAcceptedEverything();
    }

    private static List<JsonObject> Containers(FakeMessage message) =>
        [.. message.Body["components"]!.AsArray().OfType<JsonObject>().Where(c => c["type"]!.GetValue<int>() == 17)];
}
