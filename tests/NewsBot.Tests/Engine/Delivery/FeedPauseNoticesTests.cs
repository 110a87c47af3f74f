using NewsBot.Engine.Delivery;

namespace NewsBot.Tests.Engine.Delivery;

public sealed class FeedPauseNoticesTests
{
    [Fact]
    public void Content_Reason_EscapedOnOneLine()
    {
        var content = FeedPauseNotices.Content("https://gazette.example/feed.xml", "HTTP 403 *forbidden* for @everyone", 5);

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

        var content = FeedPauseNotices.Content(url, reason, 5);

        Assert.True(content.Length < 2000, $"{content.Length} characters");
        Assert.EndsWith("`/feed resume`.", content, StringComparison.Ordinal);
    }
}
