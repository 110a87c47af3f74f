using NewsBot.Discord.Models;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Rest;

public sealed class InteractionsApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;
    private static readonly InteractionResponse Pong = new(InteractionCallbackType.ChannelMessageWithSource, new InteractionCallbackData { Content = "pong" });

    private static FakeInteraction Pending(DiscordHarness harness, DateTimeOffset createdAt)
    {
        var interaction = new FakeInteraction("800", "tok-800", 2, "ping", createdAt);
        harness.Fake.State.Interactions[interaction.Id] = interaction;
        return interaction;
    }

    [Fact]
    public async Task CreateResponse_SecondAcknowledgement_Returns40060()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var interaction = Pending(harness, TimeProvider.System.GetUtcNow());

        var first = await harness.Rest.Interactions.CreateResponseAsync(interaction.Id, interaction.Token, Pong, Token);
        var second = await harness.Rest.Interactions.CreateResponseAsync(interaction.Id, interaction.Token, Pong, Token);

        Assert.True(first.IsSuccess);
        Assert.Equal((400, 40060), (second.Error!.HttpStatus, second.Error.Code));
        Assert.Null(harness.Fake.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task CreateResponse_AfterThreeSeconds_Returns10062()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var interaction = Pending(harness, TimeProvider.System.GetUtcNow() - TimeSpan.FromSeconds(4));

        var late = await harness.Rest.Interactions.CreateResponseAsync(interaction.Id, interaction.Token, Pong, Token);

        Assert.Equal((404, 10062), (late.Error!.HttpStatus, late.Error.Code));
    }

    [Fact]
    public async Task EditOriginalAndFollowup_BeforeAcknowledgement_Return50027ThenWorkAfterADefer()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var interaction = Pending(harness, TimeProvider.System.GetUtcNow());
        var appId = harness.Fake.Options.ApplicationId;

        var early = await harness.Rest.Interactions.EditOriginalAsync(appId, interaction.Token, new MessagePayload { Content = "x" }, Token);
        await harness.Rest.Interactions.CreateResponseAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), Token);
        var edited = await harness.Rest.Interactions.EditOriginalAsync(appId, interaction.Token, new MessagePayload { Content = "done" }, Token);
        var followup = await harness.Rest.Interactions.CreateFollowupAsync(appId, interaction.Token, new MessagePayload { Content = "more" }, Token);

        Assert.Equal(50027, early.Error!.Code);
        Assert.Equal("done", edited.GetValueOrThrow().Content);
        Assert.Equal("more", followup.GetValueOrThrow().Content);
    }

    [Fact]
    public async Task CreateResponse_26AutocompleteChoices_ThrowsBeforeSending()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var choices = Enumerable.Range(0, 26).Select(i => new CommandChoice($"c{i}", i)).ToList();
        var response = new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionCallbackData { Choices = choices });

        await Assert.ThrowsAsync<NewsBot.Discord.Limits.MessageLimitException>(() => harness.Rest.Interactions.CreateResponseAsync("800", "tok", response, Token));

        Assert.Empty(harness.Fake.Requests);
    }

    [Fact]
    public async Task EditOriginalAndFollowup_ManyAtOnce_NotHeldByTheGlobalLimit()
    {
        await using var harness = await DiscordHarness.StartAsync(new FakeDiscordOptions { GlobalLimitPerSecond = 2 });
        var appId = harness.Fake.Options.ApplicationId;
        var now = TimeProvider.System.GetUtcNow();
        var interactions = Enumerable.Range(0, 10).Select(i => new FakeInteraction($"9{i}", $"tok-9{i}", 2, "quotes", now)).ToList();
        foreach (var interaction in interactions)
        {
            harness.Fake.State.Interactions[interaction.Id] = interaction;
            await harness.Rest.Interactions.CreateResponseAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), Token);
        }

        var results = await Task.WhenAll(interactions.Select(async interaction =>
        {
            var edited = await harness.Rest.Interactions.EditOriginalAsync(appId, interaction.Token, new MessagePayload { Content = "done" }, Token);
            var followup = await harness.Rest.Interactions.CreateFollowupAsync(appId, interaction.Token, new MessagePayload { Content = "more" }, Token);
            return edited.IsSuccess && followup.IsSuccess;
        }));

        Assert.All(results, Assert.True);
        Assert.Equal(0, harness.Fake.Count(429));
    }
}
