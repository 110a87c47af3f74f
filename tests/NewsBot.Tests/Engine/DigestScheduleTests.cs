using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Storage;
using NewsBot.Engine.Scheduling;

namespace NewsBot.Tests.Engine;

public sealed class DigestScheduleTests
{
    /// <summary>Monday 2 March 2026, 06:00 UTC = 07:00 in Berlin (CET).</summary>
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Digest_AtCronTimeInTopicZone_ArrivesOnceWithAttributedQuotes()
    {
        await using var engine = await EngineHarness.CreateAsync(Start);
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddHours(-1)), SiteStory.Library(Start.AddHours(-2)));
        engine.ConfigureTopic(0, "World", "daily 08:00", "Europe/Berlin", EngineHarness.Channel, engine.Site.FeedUrl("courier"));
        await engine.StartBotAsync();
        var topic = Assert.Single(await engine.Services.GetRequiredService<ITopicStore>().ListAsync(TestContext.Current.CancellationToken));

        var next = await engine.Services.GetRequiredService<EngineScheduler>().NextDigestAsync(topic.Id, TestContext.Current.CancellationToken);
        await engine.RunUntilAsync(Start.AddMinutes(59));
        var beforeDigest = engine.MessagesIn(EngineHarness.Channel).Count;
        await engine.RunUntilAsync(Start.AddHours(3));

        Assert.Equal(Start.AddHours(1), next);
        Assert.Equal(0, beforeDigest);
        var digest = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.StartsWith("**World** digest · 2 stories", digest.Content, StringComparison.Ordinal);
        var description = digest.Body["embeds"]![0]!["description"]!.GetValue<string>();
        Assert.True(description.Contains("“The island has waited long enough for a crossing it can rely on", StringComparison.Ordinal)
            && description.Contains("— Mara Lindqvist, director of the harbour board", StringComparison.Ordinal), description);
        Assert.Equal(0, digest.MentionedUsers.Count + digest.MentionedRoles.Count);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_SameStoryInThreeFeeds_ShownOnceWithAlsoIn()
    {
        await using var engine = await EngineHarness.CreateAsync(Start);
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddHours(-3)));
        engine.Site.Publish("ledger", SiteStory.Ferry(Start.AddHours(-2), "Skarva island gets its ferry link as harbour board says yes"));
        engine.Site.Publish("gazette", SiteStory.Ferry(Start.AddHours(-1), "Northfield harbour board backs Skarva ferry link"), SiteStory.Library(Start.AddHours(-1)));
        engine.ConfigureTopic(0, "World", "daily 08:00", "Europe/Berlin", EngineHarness.Channel,
            engine.Site.FeedUrl("courier"), engine.Site.FeedUrl("ledger"), engine.Site.FeedUrl("gazette"));
        await engine.StartBotAsync();

        await engine.RunUntilAsync(Start.AddHours(2));

        var digest = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.StartsWith("**World** digest · 2 stories", digest.Content, StringComparison.Ordinal);
        var embeds = digest.Body["embeds"]!.AsArray();
        var ferry = embeds.Single(e => e!["title"]!.GetValue<string>().Contains("ferry", StringComparison.OrdinalIgnoreCase))!;
        Assert.Equal("Harbour board approves new ferry link to Skarva island", ferry["title"]!.GetValue<string>());
        Assert.Contains("also in: The Valley Ledger, Brindlemoor Gazette", ferry["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_RedatedItem_NotPostedAgain()
    {
        await using var engine = await EngineHarness.CreateAsync(Start);
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddHours(-1)));
        engine.ConfigureTopic(0, "World", "hourly", "UTC", EngineHarness.Channel, engine.Site.FeedUrl("courier"));
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddMinutes(61));

        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddMinutes(70)), SiteStory.Library(Start.AddMinutes(70)));
        await engine.RunUntilAsync(Start.AddMinutes(121));

        var digests = engine.MessagesIn(EngineHarness.Channel);
        Assert.Equal(2, digests.Count);
        Assert.Contains("ferry", digests[0].Body["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        var second = Assert.Single(digests[1].Body["embeds"]!.AsArray());
        Assert.Equal("Old mill to become Northfield's new public library", second!["title"]!.GetValue<string>());
        engine.AssertDiscordAcceptedEverything();
    }
}
