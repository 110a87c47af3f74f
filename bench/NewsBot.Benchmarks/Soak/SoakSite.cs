using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsBot.Benchmarks.Engine;
using NewsBot.Testing;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The soak's outlets on loopback, on the simulated clock: feeds that grow as the day goes on (with ETags, so an
/// unchanged feed costs a 304), article pages, and the misbehaving outlets of <see cref="OutletKind"/>.
/// </summary>
internal sealed class SoakSite : IAsyncDisposable
{
    private const int Hops = 4;
    private static readonly TimeSpan SlowFeed = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan SlowPage = TimeSpan.FromSeconds(8);

    private readonly WebApplication _app;
    private readonly SoakOutlets _outlets;
    private readonly StoryPlan _plan;
    private readonly TimeProvider _clock;
    private long _requests;

    private SoakSite(WebApplication app, SoakOutlets outlets, StoryPlan plan, TimeProvider clock)
    {
        (_app, _outlets, _plan, _clock) = (app, outlets, plan, clock);
        _app.Run(HandleAsync);
    }

    public Uri BaseUri { get; private set; } = null!;

    public long Requests => Interlocked.Read(ref _requests);

    public static async Task<SoakSite> StartAsync(SoakOutlets outlets, StoryPlan plan, TimeProvider clock, CancellationToken cancellationToken)
    {
        var site = new SoakSite(LoopbackKestrel.Create(), outlets, plan, clock);
        site.BaseUri = await LoopbackKestrel.StartAsync(site._app, cancellationToken);
        return site;
    }

    public static string FeedUrl(Uri site, int feed) => new Uri(site, $"feeds/{feed}.xml").AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var parts = (context.Request.Path.Value ?? "/").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            ["feeds", var file] when Index(file, ".xml") is { } feed => FeedAsync(context, feed, viaRedirects: false),
            ["direct", var file] when Index(file, ".xml") is { } feed => FeedAsync(context, feed, viaRedirects: true),
            ["hops", var feedPart, var hopPart] when Index(feedPart, "") is { } feed && Index(hopPart, "") is { } hop => Hop(context, feed, hop),
            ["articles", var feedPart, var page] when Index(feedPart, "") is { } feed && Index(page, ".html") is { } item => PageAsync(context, feed, item),
            _ => Status(context, 404),
        };
    }

    private async Task FeedAsync(HttpContext context, int feed, bool viaRedirects)
    {
        var kind = _outlets.Kind(feed);
        if (kind == OutletKind.ServerError)
        {
            await Status(context, 500);
            return;
        }
        if (kind == OutletKind.RedirectChain && !viaRedirects)
        {
            await Hop(context, feed, 0);
            return;
        }
        if (kind == OutletKind.Slow)
            await Task.Delay(SlowFeed, _clock, context.RequestAborted);
        var latest = _outlets.Latest(feed, _clock.GetUtcNow());
        var etag = $"\"{latest.ToString(CultureInfo.InvariantCulture)}\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            await Status(context, 304);
            return;
        }
        var encoding = kind == OutletKind.Utf7 ? "utf-7" : "utf-8";
        await WriteAsync(context, SoakFeed.Create(_outlets, _plan, BaseUri, feed, latest, encoding), $"application/rss+xml; charset={encoding}");
    }

    private static Task Hop(HttpContext context, int feed, int hop)
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = hop < Hops ? $"/hops/{feed}/{hop + 1}" : $"/direct/{feed}.xml";
        return Task.CompletedTask;
    }

    private async Task PageAsync(HttpContext context, int feed, int item)
    {
        switch (_outlets.Kind(feed))
        {
            case OutletKind.NestedPages:
                await WriteAsync(context, NestedListPage.Bytes, "text/html; charset=utf-8");
                return;
            case OutletKind.Slow:
                await Task.Delay(SlowPage, _clock, context.RequestAborted);
                break;
        }
        var charset = _outlets.Kind(feed) == OutletKind.Utf7 ? "utf-7" : "utf-8";
        await WriteAsync(context, GeneratedArticlePage.Create(_plan, BaseUri, feed, item), $"text/html; charset={charset}");
    }

    private static async Task WriteAsync(HttpContext context, byte[] body, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static int? Index(string text, string suffix) =>
        text.EndsWith(suffix, StringComparison.Ordinal)
        && int.TryParse(text.AsSpan(0, text.Length - suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
