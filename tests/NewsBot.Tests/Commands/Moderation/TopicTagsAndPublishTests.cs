using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

/// <summary>/topic create|edit tags: and publish: (issue 16): validated, saved, changed only when given, recorded.</summary>
public sealed class TopicTagsAndPublishTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_TagsAndPublish_SavedTrimmedWithoutRepeats()
    {
        await using var bot = await StartAsync();

        await bot.SendAsync("create", new Dictionary<string, object>
        {
            ["name"] = "Harbour",
            ["query"] = "ferry",
            ["channel"] = ForumChannel,
            ["tags"] = "Ferries, harbour ,FERRIES",
            ["publish"] = true,
        });

        var topic = await bot.FindAsync("harbour");
        Assert.NotNull(topic);
        Assert.Equal(["Ferries", "harbour"], topic.Tags);
        Assert.True(topic.Publish);
    }

    [Fact]
    public async Task Create_SixTags_RefusedAndNothingSaved()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SendAsync("create", new Dictionary<string, object>
        {
            ["name"] = "Harbour",
            ["query"] = "ferry",
            ["channel"] = ForumChannel,
            ["tags"] = "a,b,c,d,e,f",
        });

        Assert.Contains("at most 5 tags", Content(reply), StringComparison.Ordinal);
        Assert.Null(await bot.FindAsync("harbour"));
    }

    [Fact]
    public async Task Edit_TagsOnly_ChangesTagsKeepsPublishAndRecordsTheChange()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = ForumChannel, ["publish"] = true });

        var reply = await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["tags"] = "Night boats" });

        var topic = (await bot.FindAsync("harbour"))!;
        Assert.Equal(["Night boats"], topic.Tags);
        Assert.True(topic.Publish);
        Assert.Contains("tags: none → Night boats", Content(reply), StringComparison.Ordinal);
        Assert.Equal(2, (await bot.Topics.ListChangesAsync(topic.Id, 10, Token)).Count);
    }

    [Fact]
    public async Task Edit_CommaAlone_ClearsTheTags()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("create", new Dictionary<string, object> { ["name"] = "Harbour", ["query"] = "ferry", ["channel"] = ForumChannel, ["tags"] = "Ferries" });

        await bot.SendAsync("edit", new Dictionary<string, object> { ["name"] = "Harbour", ["tags"] = "," });

        Assert.Empty((await bot.FindAsync("harbour"))!.Tags);
    }
}
