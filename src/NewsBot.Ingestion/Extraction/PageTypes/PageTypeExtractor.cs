using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// Main text of the pages that are not articles. A thread keeps every post in order (a question-and-answer thread its
/// question and answers without their comments); listings, collections,
/// products, services and documentation keep their whole content region (item titles and descriptions, the
/// descriptive sections) without the page's furniture. Null when nothing is found, so the article path can try.
/// </summary>
internal static class PageTypeExtractor
{
    private const int MinimumPosts = 2;

    /// <summary>A shop's region reading fewer words lost its items to furniture named by class words.</summary>
    private const int MinimumShopWords = 10;

    /// <param name="bodyStats">The body's measures with nothing excluded.</param>
    public static string? Extract(IElement body, PageType type, DocumentStats bodyStats)
    {
        var text = Find(body, type, bodyStats).Text();
        if (IsShop(type) && TextMeasures.Words(text) < MinimumShopWords)
        {
            text = WithoutClassWordFurniture(body, type, bodyStats, text);
        }

        if (text is not null && type is PageType.Listing or PageType.Collection or PageType.Forum)
        {
            text = EngagementCountLines.Remove(text);
        }

        if (text is null || !IsShop(type))
        {
            return text;
        }

        if (type == PageType.Product)
        {
            text = RepeatedProductLines.Remove(text);
        }

        text = BareCountLines.Remove(text);

        var withoutTokens = MachineTokenLines.Remove(text);
        return ShopControlLabels.Remove(withoutTokens) is { Length: > 0 } withoutControls ? withoutControls : withoutTokens;
    }

    /// <summary>Pages of items whose cards and buttons repeat a shop's control labels.</summary>
    private static bool IsShop(PageType type) => type is PageType.Listing or PageType.Collection or PageType.Product;

    /// <summary>
    /// The region read again ruling out only what tags, roles and visibility declare furniture: a shop whose only grid sits
    /// in a "related-product" section keeps its items. Taken only when it reads more words.
    /// </summary>
    private static string? WithoutClassWordFurniture(IElement body, PageType type, DocumentStats bodyStats, string? text)
    {
        var excluded = RegionFurniture.Apply(body, type, bodyStats, byClassWords: false);
        var wider = new ContentRegion([MainRegion.Find(body, excluded, bodyStats)], excluded).Text();
        return TextMeasures.Words(wider) > TextMeasures.Words(text) ? wider : text;
    }

    /// <summary>The page's content region for its type, without writing its text.</summary>
    public static ContentRegion Find(IElement body, PageType type, DocumentStats bodyStats)
    {
        var excluded = RegionFurniture.Apply(body, type, bodyStats);
        var region = MainRegion.Find(body, excluded, bodyStats);
        if (type == PageType.Forum && QuestionAnswerBodies.Find(region, excluded) is { Count: > 0 } bodies)
        {
            return new ContentRegion(bodies, excluded);
        }

        if (type == PageType.Forum && ForumPosts.Find(region, excluded) is { Count: >= MinimumPosts } posts)
        {
            return new ContentRegion(posts, excluded);
        }

        return new ContentRegion([region], excluded);
    }
}
