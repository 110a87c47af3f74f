using System.Text.Json.Nodes;
using NewsBot.Core.Topics;
using NewsBot.Discord.Models;
using static NewsBot.Tests.Engine.Digests.InventedArticles;

namespace NewsBot.Tests.Engine.Delivery;

/// <summary>A topic's own layout overrides the global Digests:Layout for its digests; without one it follows the global.</summary>
public sealed class TopicLayoutDeliveryTests
{
    [Fact]
    public async Task PublishAsync_TopicEmbedsWhileGlobalComponents_PostsEmbeds()
    {
        var body = await PublishUnderGlobalComponentsAsync(Topic() with { Layout = DigestLayout.Embeds });

        Assert.Equal("Ferry fares rise", body["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.False(IsComponents(body));
    }

    [Fact]
    public async Task PublishAsync_TopicWithoutLayout_FollowsGlobalComponents()
    {
        var body = await PublishUnderGlobalComponentsAsync(Topic());

        Assert.True(IsComponents(body));
        Assert.Null(body["embeds"]);
    }

    /// <summary>The body of the one message a one-story digest of the topic posts while <c>Digests:Layout</c> is Components.</summary>
    private static async Task<JsonObject> PublishUnderGlobalComponentsAsync(Topic topic)
    {
        await using var harness = await PublishingHarness.StartAsync(layout: DigestLayout.Components);
        harness.Topics.Add(topic);
        harness.Articles.Add(Article("Ferry fares rise", "Fares rise in spring."));

        await harness.Publisher.PublishAsync(topic, Monday, TestContext.Current.CancellationToken);

        return harness.Fake.State.Messages.Single().Body;
    }

    private static bool IsComponents(JsonObject body) =>
        body["flags"] is { } flags && ((MessageFlags)flags.GetValue<int>()).HasFlag(MessageFlags.IsComponentsV2);
}
