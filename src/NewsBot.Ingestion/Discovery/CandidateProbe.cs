using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Discovery;

/// <summary>What one fetched address was: a feed or news sitemap, a page with links, a sitemap index, or nothing of use.</summary>
internal sealed record CandidateProbe(string Outcome, DiscoveredFeed? Feed = null, PageLinks? Links = null, SitemapScan? Sitemap = null, Uri? FinalUri = null)
{
    public FetchException? Failure { get; init; }

    public static CandidateProbe Failed(FetchException failure) => new(DiscoveryOutcomes.Of(failure)) { Failure = failure };
}
