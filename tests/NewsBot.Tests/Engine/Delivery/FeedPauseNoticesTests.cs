using NewsBot.Engine.Delivery;
using NewsBot.Localization;

namespace NewsBot.Tests.Engine.Delivery;

public sealed class FeedPauseNoticesTests
{
    private static readonly ReplyTexts English = TextCatalog.Embedded.For(null);

    [Fact]
    public void Content_GermanTopic_NoticeInGermanWithTheLinkAndCount()
    {
        var content = FeedPauseNotices.Content("https://gazette.example/feed.xml", "HTTP 404", 5, TextCatalog.Embedded.For("de"));

        Assert.Equal("⏸ Feed <https://gazette.example/feed.xml> pausiert: HTTP 404 (5-mal in Folge fehlgeschlagen). Ein Moderator kann ihn mit `/feed resume` fortsetzen.", content);
    }

    [Fact]
    public void Content_Reason_EscapedOnOneLine()
    {
        var content = FeedPauseNotices.Content("https://gazette.example/feed.xml", "HTTP 403 *forbidden* for @everyone", 5, English);

        Assert.Equal(
            "⏸ Paused feed <https://gazette.example/feed.xml>: HTTP 403 \\*forbidden\\* for @\u200Beveryone (failed 5 times in a row). "
            + "A moderator can resume it with `/feed resume`.",
            content);
    }

    [Fact]
    public void Content_HugeUrlAndReason_StaysWithinDiscordsLimit()
    {
        var url = "https://gazette.example/" + new string('a', 3000);
        var reason = string.Concat(Enumerable.Repeat("_*", 3000));

        var content = FeedPauseNotices.Content(url, reason, 5, English);

        Assert.True(content.Length < 2000, $"{content.Length} characters");
        Assert.EndsWith("`/feed resume`.", content, StringComparison.Ordinal);
    }
}
