using NewsBot.Core.Topics;
using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>/topic create|edit layout: a topic's own digest layout (components or embeds), or default for Digests:Layout.</summary>
public sealed class TopicLayoutTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_WithEmbedsLayout_StoresIt()
    {
        await using var bot = await StartAsync();

        await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = TextChannel, ["layout"] = "embeds" });

        Assert.Equal(DigestLayout.Embeds, (await bot.FindAsync("Harbour"))!.Layout);
    }

    [Fact]
    public async Task Create_WithAnUnknownLayout_RefusedNamingTheChoices()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = TextChannel, ["layout"] = "cards" });

        Assert.Null(await bot.FindAsync("Harbour"));
        Assert.Contains("components, embeds or default", Content(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_LayoutThenDefault_RecordedAndCleared()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");

        await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["layout"] = "embeds" });
        var embeds = (await bot.FindAsync("Harbour"))!;
        await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["layout"] = "default" });

        Assert.Equal(DigestLayout.Embeds, embeds.Layout);
        Assert.Null((await bot.FindAsync("Harbour"))!.Layout);
        var changes = await bot.Topics.ListChangesAsync(embeds.Id, 10, Token);
        Assert.Contains(changes, c => c.Action == "layout: default → embeds");
        Assert.Contains(changes, c => c.Action == "layout: embeds → default");
    }
}
