using NewsBot.Presentation;

namespace NewsBot.Tests.Presentation;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("*bold*")]
    [InlineData("__underline__ and ~~struck~~")]
    [InlineData("`code` and ||spoiler||")]
    [InlineData("@everyone look")]
    [InlineData("ping @here now")]
    [InlineData("<@123> and <@&456> and <#789>")]
    [InlineData("[x](http://y)")]
    [InlineData("# Heading\n- item\n> quote")]
    [InlineData("back\\slash *not bold\\*")]
    public void Escape_MarkdownAndMentions_ShowLiterallyAndStayInert(string text)
    {
        var escaped = DiscordMarkdown.Escape(text);

        Assert.Equal(text, DiscordDisplay.Shown(escaped));
        Assert.False(DiscordDisplay.HasLiveMarkdown(escaped), escaped);
    }

    [Fact]
    public void Escape_PlainWords_Unchanged()
    {
        Assert.Equal("Harbour reopens after 3 days, officials say.", DiscordMarkdown.Escape("Harbour reopens after 3 days, officials say."));
    }

    [Fact]
    public void Escape_EmailAddress_KeepsItReadable()
    {
        Assert.Equal("desk@brindle.example", DiscordMarkdown.Escape("desk@brindle.example"));
    }
}
