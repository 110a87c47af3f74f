using NewsBot.Core.Topics;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models.Components;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Stories;
using NewsBot.Engine.Topics;
using NewsBot.Localization;
using NewsBot.Presentation;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Presentation;

/// <summary>
/// 200 seeded random digests (long titles, many quotes, many outlets with and without links, images good and bad, odd
/// Unicode: combining marks, emoji ZWJ sequences, right-to-left text and overrides, astral characters) all render
/// into Components V2 messages the fake Discord accepts, every story once, in every language NewsBot ships.
/// </summary>
public sealed class ComponentDigestPropertyTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 200));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_RandomDigest_EveryMessageAcceptedByTheFakeAndEveryStoryOnce(int seed)
    {
        var random = new Random(seed);
        var stories = new RandomDigests(seed).Digest().Select(s => WithLinksAndImage(s, random)).ToList();
        var earlier = random.Next(4) == 0 ? new RandomDigests(seed + 1000).Digest().Take(12).ToList() : [];

        // Every language: longer words must never push a message over a limit.
        foreach (var locale in TopicLocale.Known())
        {
            var texts = DigestTexts.For(TextCatalog.Embedded, locale);
            var window = DigestWording.Window(Monday, Monday.AddDays(1), TimeZoneInfo.Utc, texts);
            var rendered = new DigestRenderer(DigestLayout.Components, texts: texts).Render("World 🌍 *news* \u202E", window, stories, earlier, 0x1F8B4C);
            AssertAccepted(rendered, stories.Count, earlier.Count);
        }
    }

    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static void AssertAccepted(RenderedDigest rendered, int stories, int earlier)
    {
        Assert.NotEmpty(rendered.Messages);
        foreach (var message in rendered.Messages)
        {
            Assert.Empty(ComponentLimits.Check(message.Flags, message.Content, message.Embeds, message.Components));
            var errors = FakeDiscordRules.CreateMessageErrors(ComponentDigestTests.Json(message));
            Assert.True(errors is null, errors?.ToJsonString());
            Assert.All(ComponentLimits.All(message.Components!).OfType<TextDisplay>(), t => Assert.False(HasLoneSurrogate(t.Content), t.Content));
        }
        var containers = rendered.Messages.Select(m => m.Components!.OfType<Container>().Count()).ToList();
        Assert.Equal(stories + (earlier > 0 ? 1 : 0), containers.Sum());
        Assert.Equal(stories, rendered.Places.Count);
        Assert.All(rendered.Places.GroupBy(p => p.Sequence), g => Assert.Equal(Enumerable.Range(0, g.Count()), g.Select(p => p.Index)));
    }

    private static CoveredStory WithLinksAndImage(CoveredStory covered, Random random)
    {
        var links = covered.AlsoIn.Distinct().Where(_ => random.Next(4) > 0)
            .ToDictionary(o => o, o => "https://outlet.example/" + new string('p', random.Next(4) == 0 ? random.Next(400, 700) : random.Next(1, 40)));
        var image = random.Next(3) switch
        {
            0 => null,
            1 => "https://img.example/" + new string('i', random.Next(1, 3000)) + ".jpg",
            _ => "javascript:alert(1)",
        };
        return covered with { Story = covered.Story with { Image = image, Byline = random.Next(2) == 0 ? null : "Ines Carrow 👩‍🚀 e\u0301" }, AlsoInLinks = links };
    }

    // A cut between surrogate halves would send invalid UTF-16, which Discord rejects.
    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return true;
        }
        return false;
    }
}
