using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Core.Digests;
using NewsBot.Core.Quotes;
using NewsBot.Core.Topics;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Discord.Models.Components;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Stories;
using NewsBot.Presentation;
using NewsBot.Testing.FakeDiscord;
using static NewsBot.Tests.Presentation.InventedStories;

namespace NewsBot.Tests.Presentation;

public sealed class ComponentDigestTests
{
    private static readonly DigestRenderer Renderer = new(DigestLayout.Components);

    /// <summary>A story with an image, two quotes (one unattributed) and five other outlets with links.</summary>
    internal static CoveredStory Rich(int i, int outlets = 5)
    {
        var story = Story($"Ferry line {i} resumes service",
                KeyQuote("We are running again, and we will not stop,"),
                KeyQuote("the timetable holds until spring", speaker: null, role: null))
            with
        { Byline = "Ines Carrow", Image = $"https://brindle-post.example/img/{i}.jpg" };
        var names = Enumerable.Range(1, outlets).Select(o => $"Outlet {o}").ToList();
        return new CoveredStory(story, names) { AlsoInLinks = names.ToDictionary(n => n, n => $"https://{n.Replace(' ', '-')}.example/{i}") };
    }

    [Fact]
    public void Render_RichStory_HeaderThenContainerWithSectionThumbnailQuotesAndLinkButtons()
    {
        var message = Assert.Single(Renderer.Render("World", "since Mon 08:00", [Rich(1)], [], topicColor: 0x1F8B4C).Messages);

        Assert.Equal(MessageFlags.IsComponentsV2, message.Flags);
        Assert.Null(message.Content);
        Assert.Null(message.Embeds);
        Assert.Equal("**World** digest · 1 story since Mon 08:00", Assert.IsType<TextDisplay>(message.Components![0]).Content);
        var container = Assert.IsType<Container>(message.Components[1]);
        Assert.Equal(0x1F8B4C, container.AccentColor);
        var section = Assert.IsType<Section>(container.Components[0]);
        Assert.Equal("### [Ferry line 1 resumes service](https://brindle-post.example/story)", ((TextDisplay)section.Components[0]).Content);
        Assert.Equal($"-# The Brindle Post · <t:{Morning.ToUnixTimeSeconds()}:R> · by Ines Carrow", ((TextDisplay)section.Components[1]).Content);
        Assert.Equal("https://brindle-post.example/img/1.jpg", Assert.IsType<Thumbnail>(section.Accessory).Media.Url);
        var quotes = Assert.IsType<TextDisplay>(container.Components[1]).Content.Split('\n');
        Assert.Equal("> “We are running again, and we will not stop” — **Mara Velden**, harbour master", quotes[0]);
        Assert.Equal("> “…the timetable holds until spring” — *unattributed*", quotes[1]);
        var row = Assert.IsType<ActionRow>(container.Components[2]);
        Assert.Equal(["Outlet 1", "Outlet 2", "Outlet 3", "Outlet 4", "Outlet 5"], row.Components.Cast<Button>().Select(b => b.Label));
        Assert.All(row.Components.Cast<Button>(), b => Assert.Equal(ButtonStyle.Link, b.Style));
    }

    [Fact]
    public void Render_EightStoriesWithFiveOutletsEach_ThreeMessagesSplitAtStoriesEachValid()
    {
        var stories = Enumerable.Range(1, 8).Select(i => Rich(i)).ToList();

        var rendered = Renderer.Render("World", "today", stories, []);

        Assert.Equal(3, rendered.Messages.Count);
        Assert.Equal(8, rendered.Messages.Sum(m => m.Components!.OfType<Container>().Count()));
        Assert.Equal([0, 0, 0, 1, 1, 1, 2, 2], rendered.Places.Select(p => p.Sequence));
        foreach (var message in rendered.Messages)
        {
            Assert.Empty(ComponentLimits.Check(message.Flags, message.Content, message.Embeds, message.Components));
            Assert.Null(FakeDiscordRules.CreateMessageErrors(Json(message)));
            Assert.IsType<Container>(message.Components![^1]);
        }
    }

    [Fact]
    public void Render_StoryWithoutImageAndOutletsWithoutLinks_TextHeadlineAndAnAlsoInLine()
    {
        var story = new CoveredStory(Story("Bridge closes", KeyQuote("It is unsafe.")), ["Valley Ledger", "The Brindle Post"]);

        var container = Renderer.Render("World", "", [story], []).Messages[0].Components!.OfType<Container>().Single();

        Assert.StartsWith("### [Bridge closes]", Assert.IsType<TextDisplay>(container.Components[0]).Content, StringComparison.Ordinal);
        // The story's own outlet is named once, at the top.
        Assert.EndsWith("\n-# also in: Valley Ledger", ((TextDisplay)container.Components[1]).Content, StringComparison.Ordinal);
        Assert.DoesNotContain(container.Components, c => c is ActionRow);
    }

    [Fact]
    public void RenderEdit_ComponentsMessageWithHeader_KeepsTheHeaderAndRendersTheStoriesAgain()
    {
        var sent = Renderer.Render("World", "today", [Rich(1)], []).Messages[0];
        var later = Rich(1, outlets: 7);

        var edit = new DigestRenderer(DigestLayout.Embeds).RenderEdit([later], sent)!;

        Assert.Equal(MessageFlags.IsComponentsV2, edit.Flags);
        Assert.Equal(sent.Components![0], edit.Components![0]);
        var rows = edit.Components.OfType<Container>().Single().Components.OfType<ActionRow>().ToList();
        Assert.Equal(7, rows.Sum(r => r.Components.Count));
        Assert.Null(FakeDiscordRules.CreateMessageErrors(Json(edit)));
    }

    [Fact]
    public void RenderEdit_EmbedMessage_StaysEmbeds()
    {
        var sent = new DigestRenderer(DigestLayout.Embeds).Render("World", "today", [Rich(1)], []).Messages[0];

        var edit = Renderer.RenderEdit([Rich(1, outlets: 7)], sent)!;

        Assert.Null(edit.Components);
        Assert.Single(edit.Embeds!);
    }

    [Fact]
    public void Render_MoreOnEarlierStories_AMessageOfItsOwn()
    {
        var rendered = Renderer.Render("World", "today", [Rich(1)], [Rich(2)]);

        Assert.Equal(2, rendered.Messages.Count);
        Assert.StartsWith("**More on earlier stories**\n• ", ((TextDisplay)((Container)rendered.Messages[1].Components![0]).Components[0]).Content, StringComparison.Ordinal);
        Assert.Equal(0, Assert.Single(rendered.Places).Sequence);
    }

    [Fact]
    public void Render_NoStories_HeaderAlone()
    {
        var message = Assert.Single(Renderer.Render("World", "today", []));

        Assert.Equal("**World** digest · no new stories today", Assert.IsType<TextDisplay>(Assert.Single(message.Components!)).Content);
    }

    internal static JsonObject Json(MessagePayload message) => JsonSerializer.SerializeToNode(message, DiscordJson.Options)!.AsObject();
}
