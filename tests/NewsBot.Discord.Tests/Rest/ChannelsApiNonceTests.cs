using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>Exactly-once delivery: a resend with the same nonce and enforce_nonce gets Discord's earlier message back.</summary>
public sealed class ChannelsApiNonceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static MessagePayload Digest(string nonce, bool? enforce = true) =>
        new() { Content = "Morning digest: the quay reopens", Nonce = nonce, EnforceNonce = enforce };

    [Fact]
    public async Task CreateMessage_SameNonceTwiceWithEnforce_StoresOneMessageAndReturnsItBothTimes()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var first = (await harness.Rest.Channels.CreateMessageAsync("100", Digest("digest-2026-03-02-am"), Token)).GetValueOrThrow();
        var resent = (await harness.Rest.Channels.CreateMessageAsync("100", Digest("digest-2026-03-02-am"), Token)).GetValueOrThrow();

        Assert.Equal(first.Id, resent.Id);
        Assert.Equal("digest-2026-03-02-am", resent.Nonce);
        Assert.Single(harness.Fake.State.Messages);
        Assert.Equal(1, harness.Fake.State.DuplicateNoncesAnswered);
        var body = JsonNode.Parse(harness.Fake.Requests[1].Body)!;
        Assert.Equal("digest-2026-03-02-am", body["nonce"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CreateMessage_SameNonceInAnotherChannelWithEnforce_ReturnsTheEarlierMessage()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.State.Channels["101"] = FakeChannelKind.Announcement;

        var first = (await harness.Rest.Channels.CreateMessageAsync("101", Digest("digest-7"), Token)).GetValueOrThrow();
        var resent = (await harness.Rest.Channels.CreateMessageAsync("100", Digest("digest-7"), Token)).GetValueOrThrow();

        Assert.Equal((first.Id, "101"), (resent.Id, resent.ChannelId));
        Assert.Single(harness.Fake.State.Messages);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public async Task CreateMessage_SameNonceWithoutEnforce_StoresTwoMessages(bool? enforce)
    {
        await using var harness = await DiscordHarness.StartAsync();

        var first = (await harness.Rest.Channels.CreateMessageAsync("100", Digest("digest-8", enforce), Token)).GetValueOrThrow();
        var second = (await harness.Rest.Channels.CreateMessageAsync("100", Digest("digest-8", enforce), Token)).GetValueOrThrow();

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, harness.Fake.State.Messages.Count);
        Assert.Equal(0, harness.Fake.State.DuplicateNoncesAnswered);
        Assert.Equal(enforce is not null, harness.Fake.Requests[0].Body.Contains("enforce_nonce", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateMessage_SameNonceAfterTheWindow_StoresTwoMessages()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));
        await using var harness = await DiscordHarness.StartAsync(new FakeDiscordOptions { NonceWindow = TimeSpan.FromMinutes(5) }, time);

        var first = (await harness.Rest.Channels.CreateMessageAsync("100", Digest("digest-9"), Token)).GetValueOrThrow();
        time.Advance(TimeSpan.FromMinutes(4));
        var inside = (await harness.Rest.Channels.CreateMessageAsync("100", Digest("digest-9"), Token)).GetValueOrThrow();
        time.Advance(TimeSpan.FromMinutes(1));
        var after = (await harness.Rest.Channels.CreateMessageAsync("100", Digest("digest-9"), Token)).GetValueOrThrow();

        Assert.Equal(first.Id, inside.Id);
        Assert.NotEqual(first.Id, after.Id);
        Assert.Equal(2, harness.Fake.State.Messages.Count);
    }

    [Fact]
    public async Task CreateMessage_NonceOf26Characters_ThrowsBeforeAnyRequest()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var error = await Assert.ThrowsAsync<MessageLimitException>(() =>
            harness.Rest.Channels.CreateMessageAsync("100", Digest(new string('n', 26)), Token));

        Assert.Contains("nonce: 26 characters, at most 25", error.Violations);
        Assert.Empty(harness.Fake.Requests);
    }

    [Fact]
    public async Task CreateMessage_EnforceNonceWithoutNonce_ThrowsBeforeAnyRequest()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var error = await Assert.ThrowsAsync<MessageLimitException>(() =>
            harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "digest", EnforceNonce = true }, Token));

        Assert.StartsWith("enforce_nonce", Assert.Single(error.Violations), StringComparison.Ordinal);
        Assert.Empty(harness.Fake.Requests);
    }

    [Fact]
    public async Task CreateForumThread_MessageWithNonce_SendsNoNonce()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var thread = await harness.Rest.Channels.CreateForumThreadAsync("200",
            new ForumThreadPayload { Name = "Morning digest", Message = Digest(new string('n', 30)) }, Token);

        Assert.True(thread.IsSuccess, thread.Error?.ToString());
        var message = JsonNode.Parse(Assert.Single(harness.Fake.Requests).Body)!["message"]!.AsObject();
        Assert.Equal("Morning digest: the quay reopens", message["content"]!.GetValue<string>());
        Assert.False(message.ContainsKey("nonce"));
        Assert.False(message.ContainsKey("enforce_nonce"));
    }

    [Fact]
    public async Task EditMessageAndFollowup_PayloadWithNonce_SendNoNonce()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var created = (await harness.Rest.Channels.CreateMessageAsync("100", Digest("digest-10"), Token)).GetValueOrThrow();
        var interaction = new FakeInteraction("800", "tok-800", 2, "digest", TimeProvider.System.GetUtcNow());
        harness.Fake.State.Interactions[interaction.Id] = interaction;
        await harness.Rest.Interactions.CreateResponseAsync(interaction.Id, interaction.Token,
            new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), Token);

        (await harness.Rest.Channels.EditMessageAsync("100", created.Id, Digest("digest-10"), Token)).GetValueOrThrow();
        (await harness.Rest.Interactions.EditOriginalAsync(harness.Fake.Options.ApplicationId, interaction.Token, Digest("digest-10"), Token)).GetValueOrThrow();
        (await harness.Rest.Interactions.CreateFollowupAsync(harness.Fake.Options.ApplicationId, interaction.Token, Digest("digest-10"), Token)).GetValueOrThrow();

        var later = harness.Fake.Requests.Skip(2).ToList();
        Assert.Equal(["PATCH", "PATCH", "POST"], later.Select(r => r.Method));
        Assert.All(later, r => Assert.DoesNotContain("nonce", r.Body, StringComparison.Ordinal));
    }
}
