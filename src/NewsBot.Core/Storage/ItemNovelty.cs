namespace NewsBot.Core.Storage;

/// <summary>What the store already knows about a feed item, from the polling feed's point of view.</summary>
public enum ItemNovelty
{
    /// <summary>Neither the item id nor the canonical URL was ever seen: the article is worth reading.</summary>
    New,

    /// <summary>This feed already had the item id, or already recorded that URL: nothing to do.</summary>
    SeenInThisFeed,

    /// <summary>
    /// Only other feeds met the URL: the article is stored (or skipped) already, but this feed's topics still need to
    /// know the feed carried it, see <see cref="IArticleStore.RecordSightingAsync"/>.
    /// </summary>
    SeenElsewhere,
}
