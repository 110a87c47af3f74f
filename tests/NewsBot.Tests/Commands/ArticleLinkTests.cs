using NewsBot.Commands;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Commands;

public sealed class ArticleLinkTests
{
    [Theory]
    [InlineData("read https://harbourline.test/ferry.html.", "https://harbourline.test/ferry.html")]
    [InlineData("[the story](https://harbourline.test/ferry.html)", "https://harbourline.test/ferry.html")]
    [InlineData("quiet preview <https://harbourline.test/ferry.html>", "https://harbourline.test/ferry.html")]
    [InlineData("**https://harbourline.test/ferry.html**, wow", "https://harbourline.test/ferry.html")]
    [InlineData("see https://wiki.test/Ferry_(boat) now", "https://wiki.test/Ferry_(boat)")]
    [InlineData("ftp://files.test/a then HTTP://Harbourline.test/b?x=1&y=2!", "http://harbourline.test/b?x=1&y=2")]
    public void FirstIn_LinkInText_TheLinkWithoutItsPunctuation(string content, string expected)
    {
        Assert.Equal(expected, ArticleLink.FirstIn(new Message { Content = content })!.AbsoluteUri);
    }

    [Fact]
    public void FirstIn_TextAndEmbed_TextFirst()
    {
        var message = new Message { Content = "https://first.test/a", Embeds = [new Embed { Url = "https://second.test/b" }] };

        Assert.Equal("first.test", ArticleLink.FirstIn(message)!.Host);
    }

    [Fact]
    public void FirstIn_OnlyAnEmbedLink_TheEmbeds()
    {
        var message = new Message { Content = "look", Embeds = [new Embed { Title = "no link" }, new Embed { Url = "https://second.test/b" }] };

        Assert.Equal("https://second.test/b", ArticleLink.FirstIn(message)!.AbsoluteUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no link, just file:///etc/passwd and mailto:desk@harbourline.test")]
    [InlineData("https://")]
    public void FirstIn_NoWebLink_Null(string? content)
    {
        Assert.Null(ArticleLink.FirstIn(new Message { Content = content }));
    }
}
