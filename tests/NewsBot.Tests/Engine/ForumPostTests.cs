using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Engine;

/// <summary>
/// Issue 16, forum topics end to end: each story its own post titled with its headline, later coverage from other
/// outlets a new message in that post (never a new post), a deleted or locked post replaced by a new one, and the topic's
/// forum tags matched, created when permitted and applied.
/// </summary>
public sealed class ForumPostTests
{
    /// <summary>Monday 2 March 2026, 06:00 UTC; digests every hour, on the hour.</summary>
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    private const string LedgerHeadline = "Skarva island gets its ferry link as harbour board says yes";
    private const string FerryHeadline = "Harbour board approves new ferry link to Skarva island";

    [Fact]
    public async Task Digest_ForumTopicWithTwoStories_StartsOnePostPerStoryTitledWithItsHeadline()
    {
        await using var engine = await ForumAsync();
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddMinutes(-30)), SiteStory.Library(Start.AddMinutes(-20)));
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));

        var posts = engine.Discord.State.Forums.PostsIn(EngineHarness.Channel);
        Assert.Equal([FerryHeadline, "Old mill to become Northfield's new public library"], posts.Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var post in posts)
        {
            var first = Assert.Single(engine.MessagesIn(post.Id));
            Assert.Equal(post.Name, Title(first));
            Assert.False(first.MentionEveryone || first.MentionedUsers.Count > 0 || first.MentionedRoles.Count > 0);
        }
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_ForumTopicWithPostWhenEmpty_NoEmptyPostWhenNothingIsNew()
    {
        await using var engine = await ForumAsync();
        engine.Set("Digests:PostWhenEmpty", "true");
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(3).AddMinutes(1));

        // Every post in a forum is a story: three hourly digests, one with a story, make one post and nothing else.
        var post = Assert.Single(engine.Discord.State.Forums.PostsIn(EngineHarness.Channel));
        Assert.Equal(FerryHeadline, post.Name);
        Assert.Single(engine.MessagesIn(post.Id));
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_SecondOutletAfterThePost_AppendsToTheExistingPostNotANewOne()
    {
        await using var engine = await ForumAsync();
        await engine.StartBotAsync();
        var post = await FirstPostThenLedgerAsync(engine);
        await engine.RunUntilAsync(Start.AddHours(3));

        Assert.Single(engine.Discord.State.Forums.PostsIn(EngineHarness.Channel));
        var messages = engine.MessagesIn(post.Id);
        Assert.Equal(2, messages.Count);
        Assert.Equal("More on this story from The Valley Ledger", messages[1].Content);
        Assert.Empty(engine.Discord.State.Messages.Edits);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_ComponentsLayout_PostAndAppendAreV2MessagesTheFakeAccepts()
    {
        await using var engine = await ForumAsync();
        engine.Set("Digests:Layout", "Components");
        await engine.StartBotAsync();
        var post = await FirstPostThenLedgerAsync(engine);
        await engine.RunUntilAsync(Start.AddHours(3));

        var messages = engine.MessagesIn(post.Id);
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal(32768, m.Body["flags"]!.GetValue<int>() & 32768));
        Assert.Contains("More on this story from The Valley Ledger", messages[1].Body["components"]!.ToJsonString(), StringComparison.Ordinal);
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_StoryPostDeleted_LaterCoverageStartsANewPostWhereTheNextLands()
    {
        await using var engine = await ForumAsync();
        await engine.StartBotAsync();
        var post = await FirstPostThenLedgerAsync(engine);
        Assert.True(engine.Discord.State.Channels.TryRemove(post.Id, out _));
        await engine.RunUntilAsync(Start.AddHours(3));
        engine.Site.Publish("gazette", SiteStory.Ferry(Start.AddHours(3).AddMinutes(5), "Northfield harbour board backs Skarva ferry link"));
        await engine.RunUntilAsync(Start.AddHours(5));

        var replacement = Assert.Single(engine.Discord.State.Forums.PostsIn(EngineHarness.Channel), p => p.Id != post.Id);
        Assert.Equal(FerryHeadline, replacement.Name);
        var messages = engine.MessagesIn(replacement.Id);
        Assert.Equal(2, messages.Count);
        Assert.Contains("The Valley Ledger", Footer(messages[0]), StringComparison.Ordinal);
        Assert.Equal("More on this story from Brindlemoor Gazette", messages[1].Content);
    }

    [Fact]
    public async Task Digest_GermanTopicStoryPostLocked_NewPostLinksTheLockedOneInGerman()
    {
        await using var engine = await ForumAsync();
        engine.Set("Topics:0:Locale", "de");

        var (post, first) = await LockedPostReplacedAsync(engine);

        Assert.Equal($"Fortsetzung von <#{post.Id}>, der keine neuen Nachrichten mehr annimmt.", first.Content);
        Assert.Contains("auch bei: The Valley Ledger", Footer(first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_StoryPostLocked_NewPostLinksTheLockedOne()
    {
        await using var engine = await ForumAsync();

        var (post, first) = await LockedPostReplacedAsync(engine);

        Assert.Equal($"Continued from <#{post.Id}>, which is closed to new messages.", first.Content);
        Assert.Single(engine.MessagesIn(post.Id));
    }

    [Fact]
    public async Task Digest_TagsMissingAndBotMayManageChannels_CreatesThemOnceAndAppliesAll()
    {
        await using var engine = await ForumAsync("Harbour", "ferries");
        engine.Discord.State.Forums.Tags[EngineHarness.Channel] = [new FakeForumTag("880", "Ferries")];
        engine.Discord.State.Guild.Roles[FakeGuild.BotRoleId] = engine.Discord.State.Guild.Roles[FakeGuild.BotRoleId] with { Permissions = FakePermissions.ManageChannels };
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddMinutes(-30)), SiteStory.Library(Start.AddMinutes(-20)));
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));

        var tags = engine.Discord.State.Forums.TagsOf(EngineHarness.Channel);
        Assert.Equal(["Ferries", "Harbour"], tags.Select(t => t.Name));
        Assert.All(engine.Discord.State.Forums.PostsIn(EngineHarness.Channel), p => Assert.Equal([tags[1].Id, "880"], p.AppliedTags));
        Assert.Single(engine.Discord.Requests, r => r.Method == "PATCH");
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_TagsMissingWithoutManageChannels_PostsWithTheExistingOnesAndWarnsOnce()
    {
        await using var engine = await ForumAsync("Harbour", "Ferries");
        engine.Discord.State.Forums.Tags[EngineHarness.Channel] = [new FakeForumTag("880", "ferries")];
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddMinutes(-30)), SiteStory.Library(Start.AddMinutes(-20)));
        await engine.StartBotAsync();
        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));

        Assert.Equal(2, engine.Discord.State.Forums.PostsIn(EngineHarness.Channel).Count);
        Assert.All(engine.Discord.State.Forums.PostsIn(EngineHarness.Channel), p => Assert.Equal(["880"], p.AppliedTags));
        Assert.Single(engine.Logs.At(LogLevel.Warning), line => line.Contains("Harbour are not applied", StringComparison.Ordinal));
        Assert.DoesNotContain(engine.Discord.Requests, r => r.Method == "PATCH");
        engine.AssertDiscordAcceptedEverything();
    }

    [Fact]
    public async Task Digest_CrashAfterDiscordStartedAPost_RestartFindsThePostAndStartsNoSecond()
    {
        await using var engine = await ForumAsync();
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddMinutes(-30)), SiteStory.Library(Start.AddMinutes(-20)));
        CrashingOutbox? crashing = null;
        await engine.StartBotAsync(services => EngineHarness.Decorate<IOutbox>(services, inner => crashing = new CrashingOutbox(inner)));
        await engine.RunUntilAsync(Start.AddHours(1).AddSeconds(1));
        var startedBeforeCrash = engine.Discord.State.Forums.PostsIn(EngineHarness.Channel).Count;
        await engine.StopBotAsync();

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await engine.StartBotAsync();
        await engine.RunForAsync(TimeSpan.FromMinutes(5));

        Assert.True(crashing!.Crashes >= 1);
        Assert.Equal(1, startedBeforeCrash);
        var posts = engine.Discord.State.Forums.PostsIn(EngineHarness.Channel);
        Assert.Equal(2, posts.Count);
        Assert.Equal(2, posts.Select(p => p.Name).Distinct().Count());
        Assert.Empty(await engine.Services.GetRequiredService<IOutbox>().PendingMessagesAsync(TestContext.Current.CancellationToken));
        engine.AssertDiscordAcceptedEverything();
    }

    /// <summary>An hourly forum topic over the three outlets; the courier runs the ferry story before the first digest.</summary>
    private static async Task<EngineHarness> ForumAsync(params string[] tags)
    {
        var engine = await EngineHarness.CreateAsync(Start);
        engine.Discord.State.Channels[EngineHarness.Channel] = FakeChannelKind.Forum;
        engine.Site.Publish("courier", SiteStory.Ferry(Start.AddMinutes(-30)));
        engine.Site.Publish("ledger");
        engine.Site.Publish("gazette");
        engine.ConfigureTopic(0, "World", "hourly", "UTC", EngineHarness.Channel,
            engine.Site.FeedUrl("courier"), engine.Site.FeedUrl("ledger"), engine.Site.FeedUrl("gazette"));
        for (var i = 0; i < tags.Length; i++)
            engine.Set($"Topics:0:Tags:{i}", tags[i]);
        return engine;
    }

    /// <summary>Runs to just after the first digest (the ferry story's post); then the ledger runs the story too.</summary>
    private static async Task<FakeThread> FirstPostThenLedgerAsync(EngineHarness engine)
    {
        await engine.RunUntilAsync(Start.AddHours(1).AddMinutes(1));
        var post = Assert.Single(engine.Discord.State.Forums.PostsIn(EngineHarness.Channel));
        engine.Site.Publish("ledger", SiteStory.Ferry(Start.AddHours(1).AddMinutes(5), LedgerHeadline));
        return post;
    }

    /// <summary>The story's post is locked before the ledger's coverage lands: the post, and the replacement's one message.</summary>
    private static async Task<(FakeThread Post, FakeMessage First)> LockedPostReplacedAsync(EngineHarness engine)
    {
        await engine.StartBotAsync();
        var post = await FirstPostThenLedgerAsync(engine);
        engine.Discord.State.Channels[post.Id] = FakeChannelKind.LockedThread;
        await engine.RunUntilAsync(Start.AddHours(3));
        var replacement = Assert.Single(engine.Discord.State.Forums.PostsIn(EngineHarness.Channel), p => p.Id != post.Id);
        return (post, Assert.Single(engine.MessagesIn(replacement.Id)));
    }

    private static string Title(FakeMessage message) => message.Body["embeds"]![0]!["title"]!.GetValue<string>();

    private static string Footer(FakeMessage message) => message.Body["embeds"]![0]!["footer"]!["text"]!.GetValue<string>();
}
