using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Engine.Topics;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Tests.Presentation;

public sealed class DigestRendererPropertyTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 150));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_RandomDigest_EveryMessageWithinDiscordLimitsAndInert(int seed)
    {
        var stories = new RandomDigests(seed).Digest();

        foreach (var locale in TopicLocale.Known())
        {
            var texts = DigestTexts.For(TextCatalog.Embedded, locale);
            AssertWithinLimits(new DigestRenderer(texts: texts).Render("World 🌍 *news*", texts.Get("since", ("time", "Mon 08:00")), stories), stories.Count);
        }
    }

    private static void AssertWithinLimits(IReadOnlyList<MessagePayload> messages, int stories)
    {
        Assert.NotEmpty(messages);
        Assert.NotNull(messages[0].Content);
        Assert.Equal(stories, messages.Sum(m => m.Embeds?.Count ?? 0));
        foreach (var message in messages)
        {
            Assert.Empty(MessageLimits.Check(message.Content, message.Embeds));
            foreach (var embed in message.Embeds ?? [])
            {
                Assert.False(DiscordDisplay.HasLiveMarkdown(embed.Title!), embed.Title);
                Assert.False(DiscordDisplay.HasLiveMarkdown(embed.Description!), embed.Description);
                Assert.True(IsWellFormed(embed.Title!) && IsWellFormed(embed.Description!) && IsWellFormed(embed.Footer!.Text));
            }
        }
    }

    [Fact]
    public void Render_SixtyStories_SixMessagesAllValid()
    {
        var messages = new DigestRenderer().Render("World", "today", InventedStories.Many(60));

        Assert.Equal(6, messages.Count);
        Assert.All(messages, m => MessageLimits.ThrowIfInvalid(m.Content, m.Embeds));
    }

    // A cut between surrogate halves would send invalid UTF-16, which Discord rejects.
    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return false;
        }
        return true;
    }
}
