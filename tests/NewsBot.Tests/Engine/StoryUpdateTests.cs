using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Storage;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Engine;

/// <summary>
/// Issue 18 end to end: a story is posted once across digests. Later coverage edits the message that carried it, a
/// message that cannot be edited gets a "More on earlier stories" line once, and the memory survives a restart.
/// </summary>
public sealed class StoryUpdateTests
{
    /// <summary>Monday 2 March 2026, 06:00 UTC; digests every hour, on the hour.</summary>
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    private const string LedgerHeadline = "Skarva island gets its ferry link as harbour board says yes";
    private const string GazetteHeadline = "Northfield harbour board backs Skarva ferry link";

    [Fact]
    public async Task Digest_SecondOutletAfterTheFirstDigest_EditsTheFirstMessageAndPostsNoNewStory()
    {
        await using var engine = await HourlyAsync();
        await engine.StartBotAsync();
        var first = await FirstDigestThenLedgerAsync(engine);
        await engine.RunUntilAsync(Start.AddHours(3));

        var message = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.Equal(first.Id, message.Id);
        Assert.Equal(first.Content, message.Content);
        Assert.Contains("also in: The Valley Ledger", Footer(message), StringComparison.Ordinal);
        var edit = Assert.Single(engine.Discord.State.Messages.Edits);
        Assert.False(edit.MentionEveryone || edit.MentionedUsers.Count > 0 || edit.MentionedRoles.Count > 0);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_ThirdOutletADayLaterInsideTheMemory_EditsAgain()
    {
        await using var engine = await HourlyAsync();
        await engine.StartBotAsync();
        await FirstDigestThenLedgerAsync(engine);
        await engine.RunUntilAsync(Start.AddHours(25));
        engine.Site.Publish("gazette", SiteStory.Ferry(Start.AddHours(25), GazetteHeadline));
        await engine.RunUntilAsync(Start.AddHours(27));

        var message = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.Contains("also in: The Valley Ledger, Brindlemoor Gazette", Footer(message), StringComparison.Ordinal);
        Assert.Equal(2, engine.Discord.State.Messages.Edits.Count);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_LaterCoverageOutsideTheMemory_IsANewStory()
    {
        await using var engine = await HourlyAsync();
        engine.Set("Stories:MemoryHours", "12");
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));

        await engine.RunUntilAsync(Start.AddHours(20));
        engine.Site.Publish("gazette", SiteStory.Ferry(Start.AddHours(20), GazetteHeadline));
        await engine.RunUntilAsync(Start.AddHours(22));

        var messages = engine.MessagesIn(EngineHarness.Channel);
        Assert.Equal(2, messages.Count);
        Assert.Equal(GazetteHeadline, messages[1].Body["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Empty(engine.Discord.State.Messages.Edits);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_EarlierMessageDeleted_MoreOnEarlierStoriesLineOnce()
    {
        await using var engine = await HourlyAsync();
        await engine.StartBotAsync();
        var first = await FirstDigestThenLedgerAsync(engine);
        Assert.True(engine.Discord.State.Messages.Delete(first.Id));
        await engine.RunUntilAsync(Start.AddHours(5));

        var message = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        var embed = Assert.Single(message.Body["embeds"]!.AsArray())!;
        Assert.Equal("More on earlier stories", embed["title"]!.GetValue<string>());
        var line = embed["description"]!.GetValue<string>();
        Assert.Contains("Harbour board approves new ferry link to Skarva island", line, StringComparison.Ordinal);
        Assert.Contains("now also in: The Valley Ledger", line, StringComparison.Ordinal);
        Assert.Empty(engine.Discord.State.Messages.Edits);
        var refused = Assert.Single(engine.Discord.Requests, r => r.Status >= 400);
        Assert.Equal(("PATCH", 404), (refused.Method, refused.Status));
    }

    [Fact]
    public async Task Digest_EarlierMessageTooOldToEdit_MoreOnEarlierStoriesLineInTheNextDigest()
    {
        await using var engine = await HourlyAsync();
        engine.Set("Stories:EditWithinHours", "0");
        await engine.StartBotAsync();
        await FirstDigestThenLedgerAsync(engine);
        await engine.RunUntilAsync(Start.AddHours(4));

        var messages = engine.MessagesIn(EngineHarness.Channel);
        Assert.Equal(2, messages.Count);
        Assert.Equal("More on earlier stories", Assert.Single(messages[1].Body["embeds"]!.AsArray())!["title"]!.GetValue<string>());
        Assert.Empty(engine.Discord.State.Messages.Edits);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_RestartBetweenDigests_MemoryHoldsAndTheMessageIsEdited()
    {
        await using var engine = await HourlyAsync();
        await engine.StartBotAsync();
        await FirstDigestThenLedgerAsync(engine);
        await engine.StopBotAsync();
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(3));

        var message = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.Contains("also in: The Valley Ledger", Footer(message), StringComparison.Ordinal);
        Assert.Single(engine.Discord.State.Messages.Edits);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_EditAnswered500_RetriedLaterAndAppliedOnce()
    {
        await using var engine = await HourlyAsync();
        engine.Set("Delivery:RetryBaseSeconds", "60");
        await engine.StartBotAsync();
        var first = await FirstDigestThenLedgerAsync(engine);
        engine.Discord.Inject($"/messages/{first.Id}", [.. Enumerable.Repeat(FakeFailure.ServerError(500), 3)]);
        await engine.RunUntilAsync(Start.AddHours(5));

        var message = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.Contains("also in: The Valley Ledger", Footer(message), StringComparison.Ordinal);
        Assert.Single(engine.Discord.State.Messages.Edits);
        Assert.Equal(3, engine.Discord.Requests.Count(r => r.Method == "PATCH" && r.Status == 500));
    }

    [Fact]
    public async Task Digest_CrashAfterTheEditWasSentBeforeItWasRecorded_ResentAfterRestartAndTheMessageReadsAsOneEdit()
    {
        await using var engine = await HourlyAsync();
        await engine.StartBotAsync();
        await FirstDigestThenLedgerAsync(engine);
        await engine.StopBotAsync();
        CrashingOutbox? crashing = null;
        await engine.StartBotAsync(services => EngineHarness.Decorate<IOutbox>(services, inner => crashing = new CrashingOutbox(inner)));
        await engine.RunUntilAsync(Start.AddHours(2).AddMinutes(1));
        await engine.StopBotAsync();

        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(3));

        Assert.True(crashing!.Crashes >= 1);
        var message = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        Assert.EndsWith("also in: The Valley Ledger", Footer(message), StringComparison.Ordinal);
        Assert.True(engine.Discord.State.Messages.Edits.Count >= 2);
        Assert.Single(engine.Discord.State.Messages.Edits.Select(e => e.Body.ToJsonString()).Distinct());
        Assert.Empty(await engine.Services.GetRequiredService<IOutbox>().PendingMessagesAsync(TestContext.Current.CancellationToken));
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_TwoTopicsFollowingTheStory_EachEditsItsOwnMessageOnce()
    {
        await using var engine = await HourlyAsync();
        engine.ConfigureTopic(1, "Islands", "hourly", "UTC", EngineHarness.SecondChannel, engine.Site.FeedUrl("courier"), engine.Site.FeedUrl("ledger"));
        await engine.StartBotAsync();
        await FirstDigestThenLedgerAsync(engine);
        await engine.RunUntilAsync(Start.AddHours(3));

        foreach (var channel in new[] { EngineHarness.Channel, EngineHarness.SecondChannel })
            Assert.Contains("also in: The Valley Ledger", Footer(Assert.Single(engine.MessagesIn(channel))), StringComparison.Ordinal);
        Assert.Equal(2, engine.Discord.State.Messages.Edits.Count);
        engine.AssertDiscordAcceptedEverything();
    }

    /// <summary>The courier runs the ferry story before the first digest; the ledger and gazette have nothing yet.</summary>
    private static async Task<EngineHarness> HourlyAsync()
    {
        var engine = await EngineHarness.CreateAsync(Start);
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddMinutes(-30)));
        engine.Site.Publish("ledger");
        engine.Site.Publish("gazette");
        engine.ConfigureTopic(0, "World", "hourly", "UTC", EngineHarness.Channel,
            engine.Site.FeedUrl("courier"), engine.Site.FeedUrl("ledger"), engine.Site.FeedUrl("gazette"));
        return engine;
    }

    /// <summary>Runs to just after the first digest (the courier's ferry story); then the ledger runs the story too.</summary>
    private static async Task<FakeMessage> FirstDigestThenLedgerAsync(EngineHarness engine)
    {
        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));
        var first = Assert.Single(engine.MessagesIn(EngineHarness.Channel));
        engine.Site.Publish("ledger", SiteStory.Ferry(Start.AddHours(1).AddMinutes(5), LedgerHeadline));
        return first;
    }

    private static string Footer(FakeMessage message) => message.Body["embeds"]![0]!["footer"]!["text"]!.GetValue<string>();
}
