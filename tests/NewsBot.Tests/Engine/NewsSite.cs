using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine;

/// <summary>
/// Invented outlets on a loopback server: feeds and article pages that a test can change between polls (re-date an
/// item, add one, break a feed).
/// </summary>
internal sealed class NewsSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, List<SiteStory>> _feeds = new();
    private readonly ConcurrentDictionary<string, int> _failing = new();

    private NewsSite(LoopbackHttpServer server) => Server = server;

    public LoopbackHttpServer Server { get; }

    public static async Task<NewsSite> StartAsync() =>
        new(await LoopbackHttpServer.StartAsync(TestContext.Current.CancellationToken));

    public string FeedUrl(string outlet) => Server.Url($"/{outlet}/feed.xml").AbsoluteUri;

    /// <summary>Serves the outlet's feed with these stories (newest first as given) and each story's page.</summary>
    public void Publish(string outlet, params SiteStory[] stories)
    {
        _feeds[outlet] = [.. stories];
        Server.Map($"/{outlet}/feed.xml", async context =>
        {
            if (_failing.TryGetValue(outlet, out var status))
            {
                context.Response.StatusCode = status;
                return;
            }
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            await context.Response.WriteAsync(Rss(outlet, _feeds[outlet]), context.RequestAborted);
        });
        foreach (var story in stories)
            Server.Map($"/{outlet}/{story.Slug}.html", LoopbackResponse.Text(Page(outlet, story), "text/html; charset=utf-8"));
    }

    public void Fail(string outlet, int status) => _failing[outlet] = status;

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private string Rss(string outlet, List<SiteStory> stories)
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{SecurityElement.Escape(SiteStory.OutletName(outlet))}</title>");
        foreach (var story in stories)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<item><guid isPermaLink=\"false\">{outlet}-{story.Slug}</guid>")
               .Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(story.Headline)}</title>")
               .Append(CultureInfo.InvariantCulture, $"<link>{Server.Url($"/{outlet}/{story.Slug}.html").AbsoluteUri}</link>")
               .Append(CultureInfo.InvariantCulture, $"<pubDate>{story.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>")
               .Append(CultureInfo.InvariantCulture, $"<description>{SecurityElement.Escape(story.Lead)}</description></item>");
        }
        return xml.Append("</channel></rss>").ToString();
    }

    private static string Page(string outlet, SiteStory story) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{story.Headline}</title>
        <meta property="og:site_name" content="{SiteStory.OutletName(outlet)}">
        <meta property="og:image" content="https://images.{outlet}.example/{story.Slug}.jpg"></head>
        <body><article>
          <h1>{story.Headline}</h1>
          <p>{story.Lead}</p>
          <p>“{story.Quote},” said {story.Speaker}, {story.Role}. “We will publish every figure so that people can judge the work for themselves.”</p>
          <p>Residents who attended the meeting said they would follow the plans closely over the coming months, and several asked
             for a public hearing before any contract is signed.</p>
        </article></body></html>
        """;
}
