using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.Blocks;

/// <summary>
/// The page types whose text the block classifier gives by default: none. Trained on WCXB's tune half it beats the
/// rules there on listings, collections and products, but not on pages it has not seen (cross-validated on tune, and on
/// the held-out half), so it stays off until it does; `eval extraction --block-types` measures it.
/// </summary>
internal static class BlockCandidateTypes
{
    public static readonly IReadOnlySet<PageType> Default = new HashSet<PageType>();
}
