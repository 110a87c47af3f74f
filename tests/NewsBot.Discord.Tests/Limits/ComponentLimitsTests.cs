using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Discord.Models.Components;

namespace NewsBot.Discord.Tests.Limits;

public sealed class ComponentLimitsTests
{
    private const MessageFlags V2 = MessageFlags.IsComponentsV2;

    private static IReadOnlyList<string> Check(IReadOnlyList<Component> components, MessageFlags? flags = V2, string? content = null, IReadOnlyList<Embed>? embeds = null) =>
        ComponentLimits.Check(flags, content, embeds, components);

    [Fact]
    public void Check_ValidStoryContainer_NoViolations() =>
        Assert.Empty(Check([
            new TextDisplay("**World** digest"),
            new Container([
                new Section([new TextDisplay("### [Ferry](https://a.example/1)"), new TextDisplay("Courier")], new Thumbnail(new UnfurledMedia("https://a.example/i.jpg"))),
                new ActionRow([Button.Link("Ledger", "https://b.example/1")]),
            ]) { AccentColor = 0xFFFFFF },
            new Separator(),
        ]));

    [Fact]
    public void Check_ContentOrEmbedsWithTheFlag_Refused()
    {
        var violations = Check([new TextDisplay("x")], content: "hello", embeds: [new Embed { Title = "t" }]);

        Assert.Contains(violations, v => v.StartsWith("content:", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("embeds:", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_41ComponentsCountingNestedOnes_Refused()
    {
        // 8 containers of a row of 4 buttons: 8 + 8 + 32 = 48 components, though only 8 sit at the top.
        var components = Enumerable.Range(0, 8)
            .Select(_ => (Component)new Container([new ActionRow([.. Enumerable.Range(0, 4).Select(i => Button.Link($"b{i}", "https://a.example/"))])]))
            .ToList();

        Assert.Equal(48, ComponentLimits.Count(components));
        Assert.Contains(Check(components), v => v.Contains("48 components", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TextDisplaysOver4000InTotal_Refused() =>
        Assert.Contains(Check([new TextDisplay(new string('a', 2000)), new Container([new TextDisplay(new string('b', 2001))])]),
            v => v.Contains("4001 characters of text display", StringComparison.Ordinal));

    [Fact]
    public void Check_SixButtonsInARow_Refused() =>
        Assert.Contains(Check([new ActionRow([.. Enumerable.Range(0, 6).Select(i => Button.Link($"b{i}", "https://a.example/"))])]),
            v => v.StartsWith("components[0].components:", StringComparison.Ordinal));

    [Theory]
    [InlineData(81, 20)]
    [InlineData(10, 513)]
    public void Check_LongButtonLabelOrUrl_Refused(int labelLength, int urlLength)
    {
        var url = "https://a.example/" + new string('p', urlLength - "https://a.example/".Length);

        Assert.NotEmpty(Check([new ActionRow([Button.Link(new string('l', labelLength), url)])]));
    }

    [Fact]
    public void Check_LinkButtonWithAJavascriptUrl_Refused() =>
        Assert.Contains(Check([new ActionRow([Button.Link("x", "javascript:alert(1)")])]), v => v.Contains(".url:", StringComparison.Ordinal));

    [Fact]
    public void Check_ThumbnailAtTheTopOrContainerInContainer_Refused()
    {
        Assert.NotEmpty(Check([new Thumbnail(new UnfurledMedia("https://a.example/i.jpg"))]));
        Assert.NotEmpty(Check([new Container([new Container([new TextDisplay("x")])])]));
    }

    [Fact]
    public void Check_SectionWithoutTheFlag_Refused() =>
        Assert.Contains(Check([new Section([new TextDisplay("x")], new Thumbnail(new UnfurledMedia("https://a.example/i.jpg")))], flags: null),
            v => v.Contains("only action rows", StringComparison.Ordinal));

    [Fact]
    public void Check_AccentColourBeyondRgb_Refused() =>
        Assert.NotEmpty(Check([new Container([new TextDisplay("x")]) { AccentColor = 0x1000000 }]));

    [Fact]
    public void Check_FlagWithoutComponents_Refused() => Assert.NotEmpty(Check([]));

    [Fact]
    public void Check_SelectMenuAloneInARow_NoViolations() =>
        Assert.Empty(Check([new ActionRow([Select(25)])], flags: null, content: "Pick one"));

    [Fact]
    public void Check_SelectMenuBesideAButtonOr26OptionsOrLongLabel_Refused()
    {
        Assert.Contains(Check([new ActionRow([Select(2), new Button(ButtonStyle.Primary) { CustomId = "b", Label = "b" }])], flags: null), v => v.Contains("alone", StringComparison.Ordinal));
        Assert.Contains(Check([new ActionRow([Select(26)])], flags: null), v => v.Contains("26 options", StringComparison.Ordinal));
        Assert.Single(Check([new ActionRow([new StringSelect("x:1", [new SelectOption(new string('l', 101), "0")])])], flags: null));
        Assert.Single(Check([new ActionRow([new StringSelect("", [new SelectOption("a", "0")])])], flags: null));
    }

    private static StringSelect Select(int options) =>
        new("feed-add:token", [.. Enumerable.Range(0, options).Select(i => new SelectOption($"Feed {i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Description = "rss · 3 items" })]);
}
