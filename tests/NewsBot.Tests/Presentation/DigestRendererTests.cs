using System.Text.Json;
using NewsBot.Core.Digests;
using NewsBot.Core.Quotes;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Engine.Stories;
using NewsBot.Presentation;
using static NewsBot.Tests.Presentation.InventedStories;

namespace NewsBot.Tests.Presentation;

public sealed class DigestRendererTests
{
    private readonly DigestRenderer _renderer = new();

    [Fact]
    public void Render_EightStories_HeaderNamesTopicCountAndWindow()
    {
        var messages = _renderer.Render("World", "since Mon 08:00", Many(8));

        var message = Assert.Single(messages);
        Assert.Equal("**World** digest · 8 stories since Mon 08:00", message.Content);
        Assert.Equal(8, message.Embeds!.Count);
    }

    [Fact]
    public void Render_25Stories_ThreeMessagesOfAtMostTenEmbedsInStoryOrder()
    {
        var messages = _renderer.Render("World", "since Mon 08:00", Many(25));

        Assert.Equal([10, 10, 5], messages.Select(m => m.Embeds!.Count));
        Assert.NotNull(messages[0].Content);
        Assert.All(messages.Skip(1), m => Assert.Null(m.Content));
        var titles = messages.SelectMany(m => m.Embeds!).Select(e => e.Title).ToList();
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"Ferry line {i} resumes service"), titles);
        Assert.All(messages, m => MessageLimits.ThrowIfInvalid(m.Content, m.Embeds));
    }

    [Fact]
    public void Render_LargeStories_SplitWithinTheSixThousandCharacterBudget()
    {
        var words = string.Join(' ', Enumerable.Repeat("tide", 200));
        var quotes = Enumerable.Range(0, 5).Select(_ => KeyQuote(words)).ToArray();
        var stories = Enumerable.Range(0, 6).Select(i => Rendered($"Storm report {i}", quotes)).ToList();

        var messages = _renderer.Render("Weather", "since Sun 18:00", stories);

        Assert.True(messages.Count >= 3, $"{messages.Count} messages");
        Assert.Equal(6, messages.Sum(m => m.Embeds!.Count));
        Assert.All(messages, m => Assert.InRange(m.Embeds!.Sum(EmbedBudget.Length), 4001, MessageLimits.EmbedTotal));
        Assert.All(messages, m => MessageLimits.ThrowIfInvalid(m.Content, m.Embeds));
    }

    [Fact]
    public void Render_MarkdownAndMentionsInArticleText_ShowLiterally()
    {
        const string title = "*bold* claims @everyone <@123> [x](http://y)";
        const string quote = "Tell @here that _nobody_ ~~wins~~";
        var messages = _renderer.Render("World", "today", [Rendered(title, KeyQuote(quote, "Ola <@&42>", "spokesperson"))]);

        var embed = Assert.Single(messages[0].Embeds!);
        Assert.Equal(title, DiscordDisplay.Shown(embed.Title!));
        Assert.Equal($"“{quote}” — Ola <@&42>, spokesperson", DiscordDisplay.Shown(embed.Description!));
        Assert.False(DiscordDisplay.HasLiveMarkdown(embed.Title!));
        Assert.False(DiscordDisplay.HasLiveMarkdown(embed.Description!));
    }

    [Fact]
    public void Render_LongQuote_CutAtWordBoundaryWithVerbatimPrefix()
    {
        // Upper case: a lower-case start would read as a fragment and open with "…".
        var quote = "Berths " + string.Join(' ', Enumerable.Range(1, 150).Select(i => $"berth{i}"));
        var messages = _renderer.Render("Ports", "today", [Rendered("Berths", KeyQuote(quote, speaker: null))]);

        var description = messages[0].Embeds![0].Description!;
        Assert.StartsWith("“", description, StringComparison.Ordinal);
        Assert.EndsWith("…” — unattributed", description, StringComparison.Ordinal);
        description = description[..^" — unattributed".Length];
        var shown = description[1..^2];
        Assert.True(shown.Length <= StoryHighlights.MaxQuoteLength);
        Assert.StartsWith(shown, quote, StringComparison.Ordinal);
        Assert.Equal(' ', quote[shown.Length]);
    }

    [Fact]
    public void Render_NoKeyQuotes_ShowsKeySentences()
    {
        var notKey = new Quote("Maybe later.", 0, 12) { Speaker = "Ivo Strand" };
        var analysis = new QuoteAnalysis([notKey], ["The dock closes at noon.", "Repairs take a week."]);
        var story = new DigestStory("Dock closes", null, "Fjordside Daily", Morning, analysis);

        var description = _renderer.Render("Ports", "today", [new CoveredStory(story)])[0].Embeds![0].Description;

        Assert.Equal("• The dock closes at noon.\n• Repairs take a week.", description);
    }

    [Fact]
    public void Render_StoryFromExcerpt_FooterMarksItPartial()
    {
        var story = Story("Teaser only", KeyQuote("It is early days.")) with { FromExcerpt = true };

        var footer = _renderer.Render("World", "today", [new CoveredStory(story)])[0].Embeds![0].Footer!.Text;

        Assert.Equal("The Brindle Post · partial, from the excerpt", footer);
    }

    [Fact]
    public void Render_MergedStory_FooterListsAlsoIn()
    {
        var rendered = new CoveredStory(Story("Bridge opens", KeyQuote("Finally.")), ["Fjordside Daily", "Kestrel Times"]);

        var footer = _renderer.Render("World", "today", [rendered])[0].Embeds![0].Footer!.Text;

        Assert.Equal("The Brindle Post · also in: Fjordside Daily, Kestrel Times", footer);
    }

    [Fact]
    public void Render_Story_LinksTitleAndStampsPublicationTime()
    {
        var embed = _renderer.Render("World", "today", [Rendered("Bridge opens", KeyQuote("Finally."))])[0].Embeds![0];

        Assert.Equal("https://brindle-post.example/story", embed.Url);
        Assert.Equal("2026-11-30T08:15:00Z", embed.Timestamp);
    }

    [Fact]
    public void Render_UnusableLink_LeftOutRatherThanRejectedByDiscord()
    {
        var story = Story("Bridge opens") with { Url = "javascript:alert(1)", Published = null };

        var embed = _renderer.Render("World", "today", [new CoveredStory(story)])[0].Embeds![0];

        Assert.Null(embed.Url);
        Assert.Null(embed.Timestamp);
        Assert.Equal("The Brindle Post · time unknown", embed.Footer!.Text);
        Assert.Equal("No quotes or key sentences found.", embed.Description);
    }

    [Fact]
    public void Render_NoStories_OneHeaderOnlyMessage()
    {
        var message = Assert.Single(_renderer.Render("World", "since Mon 08:00", []));

        Assert.Equal("**World** digest · no new stories since Mon 08:00", message.Content);
        Assert.Null(message.Embeds);
    }

    [Fact]
    public void Render_AccentColor_AppliedToEveryEmbed()
    {
        var messages = new DigestRenderer(accentColor: 0x2B6CB0).Render("World", "today", Many(3));

        Assert.All(messages[0].Embeds!, e => Assert.Equal(0x2B6CB0, e.Color));
    }
}
