using NewsBot.Commands.Moderation;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class FeedEmbedBatchesTests
{
    [Fact]
    public void Pack_EmbedsOverTheMessageTotal_SplitsWithTheContentOnTheFirstOnly()
    {
        var big = new Embed { Title = "Harbour board approves new ferry link", Description = new string('a', 2500), Footer = new EmbedFooter("Northfield Courier") };

        var messages = FeedEmbedBatches.Pack("The newest 3:", [big, big, big]);

        Assert.Equal([2, 1], messages.Select(m => m.Embeds!.Count));
        Assert.Equal(["The newest 3:", null], messages.Select(m => m.Content));
        Assert.All(messages, m => Assert.True(m.Embeds!.Sum(FeedEmbedBatches.Length) <= MessageLimits.EmbedTotal));
    }

    [Fact]
    public void Pack_ElevenSmallEmbeds_AtMostTenPerMessage()
    {
        var small = new Embed { Title = "Old mill to become Northfield's new public library" };

        var messages = FeedEmbedBatches.Pack("Preview", [.. Enumerable.Repeat(small, 11)]);

        Assert.Equal([10, 1], messages.Select(m => m.Embeds!.Count));
    }
}
