using System.Text.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Models.Components;

namespace NewsBot.Discord.Tests.Models.Components;

public sealed class ComponentJsonTests
{
    [Fact]
    public void Serialize_ContainerWithSectionThumbnailAndLinkRow_WritesDiscordsWireFormat()
    {
        var message = new MessagePayload
        {
            Flags = MessageFlags.IsComponentsV2,
            Components =
            [
                new Container([
                    new Section([new TextDisplay("### Ferry")], new Thumbnail(new UnfurledMedia("https://img.example/f.jpg"))),
                    new ActionRow([Button.Link("Valley Ledger", "https://ledger.example/a")]),
                ]) { AccentColor = 0x1F8B4C },
                new Separator { Divider = true, Spacing = SeparatorSpacing.Large },
            ],
        };

        var json = JsonSerializer.Serialize(message, DiscordJson.Options);

        Assert.Equal(
            """{"components":[{"type":17,"components":[{"type":9,"components":[{"type":10,"content":"### Ferry"}],"accessory":{"type":11,"media":{"url":"https://img.example/f.jpg"}}},"""
            + """{"type":1,"components":[{"type":2,"style":5,"label":"Valley Ledger","url":"https://ledger.example/a"}]}],"accent_color":2067276},"""
            + """{"type":14,"divider":true,"spacing":2}],"flags":32768}""",
            json);
    }

    [Fact]
    public void Deserialize_MessageWithComponents_ReadsTheTypes()
    {
        var message = JsonSerializer.Deserialize<Message>(
            """{"id":"1","flags":32768,"components":[{"type":17,"id":1,"components":[{"type":10,"id":2,"content":"hi"}]}]}""", DiscordJson.Options)!;

        var container = Assert.IsType<Container>(Assert.Single(message.Components!));
        Assert.Equal("hi", Assert.IsType<TextDisplay>(Assert.Single(container.Components)).Content);
    }
}
