using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>/topic create|edit color: the digest's accent colour, a hex like #1f8b4c, validated and recorded.</summary>
public sealed class TopicColorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_WithColor_StoresIt()
    {
        await using var bot = await StartAsync();

        await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = TextChannel, ["color"] = "#1F8B4C" });

        Assert.Equal(0x1F8B4C, (await bot.FindAsync("Harbour"))!.AccentColor);
    }

    [Fact]
    public async Task Create_WithABadColor_RefusedWithAnExample()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = TextChannel, ["color"] = "green" });

        Assert.Null(await bot.FindAsync("Harbour"));
        Assert.Contains("#1f8b4c", Content(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ColorThenNone_RecordedAndCleared()
    {
        await using var bot = await StartAsync();
        await bot.CreateAsync("Harbour");

        await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["color"] = "2b6cb0" });
        var colored = (await bot.FindAsync("Harbour"))!;
        await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["color"] = "none" });

        Assert.Equal(0x2B6CB0, colored.AccentColor);
        Assert.Null((await bot.FindAsync("Harbour"))!.AccentColor);
        var changes = await bot.Topics.ListChangesAsync(colored.Id, 10, Token);
        Assert.Contains(changes, c => c.Action == "colour: default → #2b6cb0");
    }
}
