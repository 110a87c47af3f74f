using NewsBot.Core.Topics;
using static NewsBot.Tests.Commands.Moderation.TopicCommandHarness;

namespace NewsBot.Tests.Commands.Moderation;

public sealed class TopicAutocompleteTests
{
    [Fact]
    public async Task Autocomplete_ManyTopics_OffersAtMost25WithPrefixMatchesFirst()
    {
        await using var bot = await StartAsync();
        var names = Enumerable.Range(1, 20).Select(i => $"town-{i:00}").Concat(Enumerable.Range(1, 10).Select(i => $"downtown-{i:00}"));
        foreach (var name in names)
            await bot.Topics.SaveAsync(new Topic { Name = name, GuildId = Guild, ChannelId = TextChannel, Schedule = "daily 08:00" }, Moderator, "created", TestContext.Current.CancellationToken);
        await bot.Topics.SaveAsync(new Topic { Name = "town-elsewhere", GuildId = "501", ChannelId = "101", Schedule = "daily 08:00" }, Moderator, "created", TestContext.Current.CancellationToken);

        var choices = await bot.AutocompleteAsync("edit", "TOWN");

        Assert.Equal(25, choices.Count);
        Assert.All(choices.Take(20), c => Assert.StartsWith("town-", c, StringComparison.Ordinal));
        Assert.All(choices.Skip(20), c => Assert.StartsWith("downtown-", c, StringComparison.Ordinal));
        Assert.DoesNotContain("town-elsewhere", choices);
    }
}
