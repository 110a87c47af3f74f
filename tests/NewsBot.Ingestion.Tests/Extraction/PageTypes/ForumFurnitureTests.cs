using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class ForumFurnitureTests
{
    private static ExtractedArticle Extract(string html) =>
        new ArticleExtractor().Extract(html, new Uri("https://kestrelcross.example/viewtopic.php?t=812"), PageType.Forum);

    [Fact]
    public void Extract_PostsWithProfileColumns_KeepsTheirTextAndDropsRankCountsAndJoinDates()
    {
        var posts = string.Concat(Enumerable.Range(1, 3).Select(i => $"""
            <div class="post bg{i}"><div class="postbody"><p class="author">by pondwatcher{i}, 3 May 2024</p>
              <div class="content">Reply {i}: the heron comes at dawn, so the netting goes over the pond before the light does.</div></div>
              <dl class="postprofile"><dt>pondwatcher{i}</dt><dd>Heron Warden</dd><dd>Posts: {i * 41}</dd><dd>Joined: Sat Apr 06, 2019</dd></dl>
            </div>
            """));
        var html = $"""
            <html><head><title>Herons at dawn | Kestrel Cross Pond Keepers</title></head><body>
            <main><h1>Herons at dawn</h1>{posts}</main></body></html>
            """;

        var article = Extract(html);

        Assert.Contains("Reply 3: the heron comes at dawn", article.Text, StringComparison.Ordinal);
        Assert.Contains("by pondwatcher2", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Heron Warden", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Joined:", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ThreadWithReplyBoxTeaser_DropsTheSignInTeaser()
    {
        const string html = """
            <html><head><title>Pump sizes | Kestrel Cross Pond Keepers</title></head><body>
            <main><h1>Pump sizes</h1>
              <div class="topic-body"><p>A pump should turn the pond's whole volume over once every two hours; ours moves four thousand litres.</p></div>
              <div class="cTopicPostArea"><div class="cGuestTeaser"><p>Create an account or sign in to comment on this thread.</p></div></div>
            </main></body></html>
            """;

        var article = Extract(html);

        Assert.Contains("turn the pond's whole volume over", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sign in to comment", article.Text, StringComparison.Ordinal);
    }
}
