using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using NewsBot.Testing;

namespace NewsBot.Benchmarks.Engine;

/// <summary>
/// Kestrel on 127.0.0.1 serving /feeds/{n}.xml, /sitemaps/{n}.xml and /articles/{n}/{i}.html, generated from the path on every request
/// so the site holds nothing in memory (it runs in the measured process). Keeps no request log for the same reason.
/// </summary>
internal sealed class GeneratedNewsSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StoryPlan _plan;
    private long _requests;
    private long _generationTicks;
    private long _firstRequestTicks;

    private GeneratedNewsSite(WebApplication app, StoryPlan plan)
    {
        _app = app;
        _plan = plan;
        _app.Run(HandleAsync);
    }

    public Uri BaseUri { get; private set; } = null!;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>When the first request came: where a poll cycle driven by other processes starts.</summary>
    public DateTimeOffset? FirstRequestAt => Interlocked.Read(ref _firstRequestTicks) is > 0 and var ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Time spent writing pages (not serving them): the site's share of the measured cpu.</summary>
    public TimeSpan GenerationTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _generationTicks));

    public static async Task<GeneratedNewsSite> StartAsync(StoryPlan plan, CancellationToken cancellationToken)
    {
        var site = new GeneratedNewsSite(LoopbackKestrel.Create(), plan);
        site.BaseUri = await LoopbackKestrel.StartAsync(site._app, cancellationToken);
        return site;
    }

    public Uri FeedUrl(int feed) => new(BaseUri, $"feeds/{feed}.xml");

    /// <summary>The same outlet's items as a news sitemap.</summary>
    public Uri SitemapUrl(int feed) => new(BaseUri, $"sitemaps/{feed}.xml");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (Interlocked.Increment(ref _requests) == 1)
            Interlocked.Exchange(ref _firstRequestTicks, TimeProvider.System.GetUtcNow().UtcTicks);
        var path = context.Request.Path.Value ?? "/";
        var started = Stopwatch.GetTimestamp();
        var (body, contentType) = Route(path);
        Interlocked.Add(ref _generationTicks, Stopwatch.GetTimestamp() - started);
        if (body is null)
        {
            context.Response.StatusCode = 404;
            return;
        }
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private (byte[]? Body, string ContentType) Route(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts is ["feeds", var file] && file.EndsWith(".xml", StringComparison.Ordinal) && TryIndex(file[..^4], out var feed))
            return (GeneratedFeed.Create(_plan, BaseUri, feed), "application/rss+xml; charset=utf-8");
        if (parts is ["sitemaps", var map] && map.EndsWith(".xml", StringComparison.Ordinal) && TryIndex(map[..^4], out var mapped))
            return (GeneratedNewsSitemap.Create(_plan, BaseUri, mapped), "application/xml; charset=utf-8");
        if (parts is ["articles", var feedPart, var page] && page.EndsWith(".html", StringComparison.Ordinal)
            && TryIndex(feedPart, out var articleFeed) && TryIndex(page[..^5], out var item) && item < _plan.ItemsPerFeed)
        {
            return (GeneratedArticlePage.Create(_plan, BaseUri, articleFeed, item), "text/html; charset=utf-8");
        }

        return (null, "");
    }

    private static bool TryIndex(string text, out int value) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
}
