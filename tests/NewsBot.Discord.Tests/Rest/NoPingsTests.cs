using System.Text.Json.Nodes;
using NewsBot.Discord.Models;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>
/// "No pings" lives in one place, the client: every path a message leaves by sends <c>allowed_mentions: {"parse": []}</c>
/// whatever the caller set, so no caller needs to remember it.
/// </summary>
public sealed class NoPingsTests
{
    private const string Pinging = "@everyone <@123> <@&456> the harbour bridge reopens";
    private const string NoPings = """{"parse":[]}""";
    private static readonly AllowedMentions Everyone = new() { Parse = ["everyone", "users", "roles"] };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static MessagePayload Message => new() { Content = Pinging, AllowedMentions = Everyone };

    [Fact]
    public async Task EverySendPath_CallerAllowsPings_SendsNoPingsAndNobodyIsPinged()
    {
        await using var harness = await DiscordHarness.StartAsync();
        var rest = harness.Rest;
        var applicationId = harness.Fake.Options.ApplicationId;

        var created = (await rest.Channels.CreateMessageAsync("100", Message, Token)).GetValueOrThrow();
        (await rest.Channels.EditMessageAsync("100", created.Id, Message, Token)).GetValueOrThrow();
        (await rest.Channels.CreateForumThreadAsync("200", new ForumThreadPayload { Name = "Harbour", Message = Message }, Token)).GetValueOrThrow();
        (await rest.Webhooks.ExecuteAsync("300", "hook-token", new WebhookPayload { Content = Pinging, AllowedMentions = Everyone }, Token)).GetValueOrThrow();
        // Created just before its callback: the fake gives an interaction 3 s, which four calls on a loaded machine can outlast.
        var interaction = new FakeInteraction("800", "tok-800", 2, "news", TimeProvider.System.GetUtcNow());
        harness.Fake.State.Interactions[interaction.Id] = interaction;
        var callback = await rest.Interactions.CreateResponseAsync(interaction.Id, interaction.Token, new InteractionResponse(
            InteractionCallbackType.ChannelMessageWithSource, new InteractionCallbackData { Content = Pinging, AllowedMentions = Everyone }), Token);
        Assert.True(callback.IsSuccess, callback.Error?.ToString());
        (await rest.Interactions.EditOriginalAsync(applicationId, interaction.Token, Message, Token)).GetValueOrThrow();
        (await rest.Interactions.CreateFollowupAsync(applicationId, interaction.Token, Message, Token)).GetValueOrThrow();

        var sent = harness.Fake.Requests.Select(r => (r.Method, Mentions: AllowedMentionsOf(JsonNode.Parse(r.Body)!))).ToList();
        Assert.Equal(7, sent.Count);
        Assert.All(sent, s => Assert.Equal(NoPings, s.Mentions));
        Assert.All(harness.Fake.State.Messages, m => Assert.False(m.MentionEveryone || m.MentionedUsers.Count > 0 || m.MentionedRoles.Count > 0, m.Id));
    }

    /// <summary>Where each endpoint carries it: the body, a forum post's message, or an interaction reply's data.</summary>
    private static string? AllowedMentionsOf(JsonNode body) =>
        (body["allowed_mentions"] ?? body["message"]?["allowed_mentions"] ?? body["data"]?["allowed_mentions"])?.ToJsonString();
}
