using NewsBot.Core.Storage;
using NewsBot.Engine.Stories;

namespace NewsBot.Tests.Engine.Stories;

public sealed class StoryMergerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merge_SameStoryFromTwoOutletsDaysApartInRankOrder_ShownOnceAtTheBestRankedCopy()
    {
        var ledger = Article(1, "ledger", "The Valley Ledger", "Skarva island gets its ferry link as harbour board says yes", Monday.AddHours(20));
        var library = Article(2, "gazette", "Brindlemoor Gazette", "Old mill to become Northfield's new public library", Monday);
        var courier = Article(3, "courier", "Northfield Courier", "Harbour board approves new ferry link to Skarva island", Monday);

        var stories = StoryMerger.Merge([ledger, library, courier], 5);

        Assert.Equal(["ledger", "gazette"], stories.Select(s => s.Article.Article.Identity.CanonicalUrl.Split('/')[2].Split('.')[0]));
        Assert.Equal(["Northfield Courier"], stories[0].AlsoIn);
        Assert.Empty(stories[1].AlsoIn);
    }

    [Fact]
    public void Merge_MoreStoriesThanAsked_CutAtTheLimit()
    {
        var stories = StoryMerger.Merge(
            [Article(1, "ledger", "The Valley Ledger", "Harbour board approves new ferry link to Skarva island", Monday),
             Article(2, "gazette", "Brindlemoor Gazette", "Old mill to become Northfield's new public library", Monday)], 1);

        Assert.Single(stories);
    }

    private static StoredArticle Article(long id, string outlet, string name, string title, DateTimeOffset published)
    {
        var url = $"https://{outlet}.example/{id}";
        return new StoredArticle(id, published, "hash", new ArticleRecord
        {
            Identity = new ArticleIdentity($"https://{outlet}.example/feed", url, url),
            Title = title,
            Outlet = name,
            PublishedAt = published,
            Text = title.Contains("ferry", StringComparison.Ordinal)
                ? "The harbour board of Northfield approved a new ferry link to Skarva island on Monday after a two-year study of winter crossings."
                : "Northfield's disused wool mill will house the town library from next spring, the council said, after a vote on its restoration budget.",
        });
    }
}
