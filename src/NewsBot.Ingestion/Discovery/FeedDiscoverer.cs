using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;

namespace NewsBot.Ingestion.Discovery;

/// <summary>
/// Finds the feeds of any page. Probes go best first so a typical site costs few requests: the page's autodiscovery
/// links; when none is a feed, the platform's own paths, same-site links to feeds, <c>/feed</c> and <c>/rss</c>, the news
/// sitemaps of robots.txt, then the rarer paths; comments feeds last. Every request goes through the guarded fetcher
/// (SSRF refusal, size and time caps), and <see cref="DiscoveryOptions.MaxRequests"/> caps them all.
/// </summary>
public sealed class FeedDiscoverer(IWebFetcher fetcher, FeedParser parser, IOptions<DiscoveryOptions> options)
{
    private readonly CandidateReader _reader = new(parser);

    /// <summary>Children of one sitemap index looked at: an index of ten thousand files costs no more.</summary>
    public const int MaxIndexChildrenProbed = 2;

    public async Task<DiscoveryResult> DiscoverAsync(Uri page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var run = new DiscoveryRun(options.Value.MaxRequests);
        run.TryClaim(page);
        var first = await ProbeAsync(run, new FeedCandidate(page, CandidateSources.Page), isPage: true, cancellationToken);
        if (first.Feed is not null || first.FinalUri is not { } site)
            return run.Result(page, pageIsFeed: first.Feed is not null) with { PageFailure = first.Failure };
        var links = first.Links ?? PageLinks.None;
        var probe = (IEnumerable<FeedCandidate> candidates, bool untilFound) => ProbeEachAsync(run, candidates, untilFound, cancellationToken);
        await probe(links.Alternates.Where(c => !c.IsComments), false);
        if (!run.HasFeed)
        {
            await probe(Candidates(PlatformPatterns.ForPlatform(site, links), CandidateSources.Platform), true);
            await probe(links.Anchors.Where(c => !c.IsComments), false);
            await probe(Candidates(PlatformPatterns.Common(site, PlatformPatterns.CommonHead), CandidateSources.Pattern), true);
        }
        if (!run.HasFeed)
            await ProbeRobotsAsync(run, site, cancellationToken);
        if (!run.HasFeed)
            await probe(Candidates(PlatformPatterns.Common(site, PlatformPatterns.CommonTail), CandidateSources.Pattern), true);
        await probe(links.Alternates.Concat(links.Anchors).Where(c => c.IsComments), false);
        return run.Result(page, pageIsFeed: false);
    }

    private async Task ProbeRobotsAsync(DiscoveryRun run, Uri site, CancellationToken cancellationToken)
    {
        var robotsUri = new Uri(site, "/robots.txt");
        if (!run.TryClaim(robotsUri))
            return;
        IReadOnlyList<Uri> sitemaps;
        try
        {
            using var robots = await fetcher.FetchAsync(robotsUri, conditional: null, cancellationToken);
            sitemaps = RobotsSitemaps.Read(robots.DecodeText(), robots.FinalUri);
            run.Tried(robotsUri, CandidateSources.Robots, $"{sitemaps.Count} sitemap lines");
        }
        catch (FetchException e)
        {
            run.Tried(robotsUri, CandidateSources.Robots, DiscoveryOutcomes.Of(e));
            return;
        }
        foreach (var sitemap in sitemaps)
        {
            if (run.HasFeed || !run.TryClaim(sitemap))
                continue;
            var scanned = await ProbeAsync(run, new FeedCandidate(sitemap, CandidateSources.Robots), isPage: false, cancellationToken);
            if (scanned.Sitemap is { Shape: SitemapShape.Index } index)
                await ProbeEachAsync(run, NewsFirst(index.Children), untilFound: true, cancellationToken);
        }
    }

    private static IEnumerable<FeedCandidate> NewsFirst(IReadOnlyList<Uri> children) =>
        children
            .OrderBy(c => c.AbsoluteUri.Contains("news", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Take(MaxIndexChildrenProbed)
            .Select(c => new FeedCandidate(c, CandidateSources.SitemapIndex));

    private async Task ProbeEachAsync(DiscoveryRun run, IEnumerable<FeedCandidate> candidates, bool untilFound, CancellationToken cancellationToken)
    {
        foreach (var candidate in candidates)
        {
            if (untilFound && run.HasFeed)
                return;
            if (run.TryClaim(candidate.Url))
                await ProbeAsync(run, candidate, isPage: false, cancellationToken);
        }
    }

    private async Task<CandidateProbe> ProbeAsync(DiscoveryRun run, FeedCandidate candidate, bool isPage, CancellationToken cancellationToken)
    {
        try
        {
            using var fetched = await fetcher.FetchAsync(candidate.Url, conditional: null, cancellationToken);
            run.Saw(fetched.FinalUri);
            var probe = _reader.Read(fetched, candidate, isPage);
            run.Tried(candidate.Url, candidate.Via, probe.Outcome);
            if (probe.Feed is { } feed)
                run.Found(feed);
            return probe;
        }
        catch (FetchException e)
        {
            run.Tried(candidate.Url, candidate.Via, DiscoveryOutcomes.Of(e));
            return CandidateProbe.Failed(e);
        }
    }

    private static IEnumerable<FeedCandidate> Candidates(IEnumerable<Uri> urls, string via) => urls.Select(u => new FeedCandidate(u, via));
}
