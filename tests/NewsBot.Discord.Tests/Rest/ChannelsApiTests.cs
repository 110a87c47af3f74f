using System.Text.Json.Nodes;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Rest;

public sealed class ChannelsApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateMessage_ContentThatMentionsEveryone_SendsEmptyAllowedMentionsAndNobodyIsPinged()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Channels.CreateMessageAsync("100",
            new MessagePayload { Content = "@everyone <@123> <@&456> the harbour bridge reopens", AllowedMentions = new AllowedMentions { Parse = ["everyone"] } }, Token);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var stored = Assert.Single(harness.Fake.State.Messages);
        Assert.False(stored.MentionEveryone);
        Assert.Empty(stored.MentionedUsers);
        Assert.Empty(stored.MentionedRoles);
        var request = Assert.Single(harness.Fake.Requests);
        Assert.Equal("""{"parse":[]}""", JsonNode.Parse(request.Body)!["allowed_mentions"]!.ToJsonString());
        Assert.Equal("Bot " + harness.Fake.Options.Token, request.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", request.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Equal(stored.Id, result.Value!.Id);
    }

    [Fact]
    public async Task CreateMessage_UnknownChannel_ReturnsDiscordErrorCode10003()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Channels.CreateMessageAsync("999", new MessagePayload { Content = "tide tables" }, Token);

        Assert.Equal((404, 10003, "Unknown Channel"), (result.Error!.HttpStatus, result.Error.Code, result.Error.Message));
        Assert.Single(harness.Fake.Requests);
    }

    [Fact]
    public async Task CreateMessage_InForumChannel_Returns40058WithoutRetrying()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var result = await harness.Rest.Channels.CreateMessageAsync("200", new MessagePayload { Content = "ferry timetable" }, Token);

        Assert.Equal(40058, result.Error!.Code);
        Assert.Single(harness.Fake.Requests);
    }

    [Fact]
    public async Task EditAndDeleteMessage_ExistingMessage_Succeed()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var created = (await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "draft" }, Token)).GetValueOrThrow();

        var edited = await harness.Rest.Channels.EditMessageAsync("100", created.Id, new MessagePayload { Content = "final" }, Token);
        var deleted = await harness.Rest.Channels.DeleteMessageAsync("100", created.Id, Token);
        var missing = await harness.Rest.Channels.EditMessageAsync("100", "424242", new MessagePayload { Content = "x" }, Token);

        Assert.Equal("final", edited.GetValueOrThrow().Content);
        Assert.Null(created.EditedTimestamp);
        Assert.NotNull(edited.GetValueOrThrow().EditedTimestamp);
        Assert.True(deleted.IsSuccess);
        Assert.Equal(10008, missing.Error!.Code);
    }

    [Fact]
    public async Task EditMessage_ContentThatMentionsEveryone_SendsEmptyAllowedMentionsAndNobodyIsPinged()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var created = (await harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Content = "draft" }, Token)).GetValueOrThrow();

        var edited = await harness.Rest.Channels.EditMessageAsync("100", created.Id, new MessagePayload { Content = "@everyone <@123> final" }, Token);

        Assert.True(edited.IsSuccess, edited.Error?.ToString());
        var stored = Assert.Single(harness.Fake.State.Messages);
        Assert.False(stored.MentionEveryone || stored.MentionedUsers.Count > 0);
        var patch = harness.Fake.Requests.Single(r => r.Method == "PATCH");
        Assert.Equal("""{"parse":[]}""", JsonNode.Parse(patch.Body)!["allowed_mentions"]!.ToJsonString());
        Assert.Null(JsonNode.Parse(patch.Body)!["nonce"]);
    }

    [Fact]
    public async Task EditMessage_OverTheLimits_RefusedBeforeSending()
    {
        await using var harness = await DiscordHarness.StartAsync();

        await Assert.ThrowsAsync<MessageLimitException>(() =>
            harness.Rest.Channels.EditMessageAsync("100", "1", new MessagePayload { Content = new string('a', 2001) }, Token));

        Assert.Empty(harness.Fake.Requests);
    }

    [Fact]
    public async Task CreateForumThread_ForumChannel_ReturnsThreadWithFirstMessage()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var thread = await harness.Rest.Channels.CreateForumThreadAsync("200", new ForumThreadPayload
        {
            Name = "Morning digest",
            AutoArchiveDuration = 1440,
            Message = new MessagePayload { Embeds = [new Embed { Title = "Quay works delayed", Description = "\"We need another week,\" said Ada Quill." }] },
        }, Token);

        var channel = thread.GetValueOrThrow();
        Assert.Equal("200", channel.ParentId);
        Assert.Equal("Quay works delayed", channel.Message!.Embeds![0].Title);
    }

    [Fact]
    public async Task CreateMessage_EmbedOverLimit_ThrowsAndNothingIsSent()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var embed = new Embed { Title = "Quay", Description = new string('x', 4097) };

        var error = await Assert.ThrowsAsync<MessageLimitException>(() =>
            harness.Rest.Channels.CreateMessageAsync("100", new MessagePayload { Embeds = [embed] }, Token));

        Assert.Contains("embeds[0].description", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Fake.Requests);
    }
}
