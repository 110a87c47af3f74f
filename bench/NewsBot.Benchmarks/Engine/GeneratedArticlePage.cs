using System.Globalization;
using System.Net;
using System.Text;

namespace NewsBot.Benchmarks.Engine;

/// <summary>A 4–8 KB news page for one feed item: masthead, navigation, the article with its quotes, related links, footer, scripts.</summary>
internal static class GeneratedArticlePage
{
    private static readonly string[] SectionPaths = [.. NewsVocabulary.Sections.Select(section => section.ToLowerInvariant())];

    // The site runs in the measured process: one builder per thread, not 16 KB of fresh characters per page.
    [ThreadStatic]
    private static StringBuilder? t_html;

    public static byte[] Create(StoryPlan plan, Uri site, int feed, int item)
    {
        var story = plan.Story(feed, item);
        var news = NewsEvent.From(story.EventSeed);
        var outlet = StoryPlan.Outlet(feed);
        var random = new Random(story.EventSeed ^ (feed * 7919) ^ item);
        var headline = StoryText.Headline(news, story.Variant);
        var url = new Uri(site, $"articles/{feed}/{item}.html").AbsoluteUri;
        var published = story.Published.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var reporter = $"{NewsVocabulary.Pick(random, NewsVocabulary.FirstNames)} {NewsVocabulary.Pick(random, NewsVocabulary.Surnames)}";

        var html = t_html ??= new StringBuilder(16384);
        html.Clear();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{E(headline)}} | {{E(outlet)}}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta property="og:site_name" content="{{E(outlet)}}"><meta property="og:type" content="article">
            <meta property="og:title" content="{{E(headline)}}"><meta name="author" content="{{E(reporter)}}">
            <meta property="article:published_time" content="{{published}}"><link rel="canonical" href="{{url}}">
            <link rel="stylesheet" href="/static/site.css">
            <script>window.dataLayer=window.dataLayer||[];function track(){dataLayer.push(arguments);}track('page',{section:'local',feed:{{feed}} });</script>
            </head><body><header class="masthead"><a class="logo" href="/">{{E(outlet)}}</a>
            <nav class="sections"><ul>
            """);
        for (var s = 0; s < SectionPaths.Length; s++)
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/{SectionPaths[s]}/\">{NewsVocabulary.Sections[s]}</a></li>");
        html.Append(CultureInfo.InvariantCulture, $"""
            </ul></nav><div class="subscribe"><a href="/subscribe">Subscribe</a> · <a href="/login">Log in</a></div></header>
            <main><article class="story"><h1>{E(headline)}</h1>
            <p class="byline">By <span class="author">{E(reporter)}</span> · <time datetime="{published}">{published}</time></p>
            <p>{E(StoryText.Lead(news, story.Variant))}</p>

            """);
        foreach (var paragraph in StoryText.Paragraphs(news, random))
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        html.Append("</article><aside class=\"related\"><h2>More from ").Append(E(outlet)).Append("</h2><ul>");
        for (var i = 1; i <= 3; i++)
        {
            var other = (item + i) % plan.ItemsPerFeed;
            var related = StoryText.Headline(NewsEvent.From(plan.Story(feed, other).EventSeed), other);
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/articles/{feed}/{other}.html\">{E(related)}</a></li>");
        }
        html.Append(CultureInfo.InvariantCulture, $$"""
            </ul></aside></main>
            <footer><p>© 2026 {{E(outlet)}}. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
            <li><a href="/privacy">Privacy</a></li><li><a href="/corrections">Corrections</a></li></ul></footer>
            <script async src="/static/ads.js"></script>
            <script>(function(){var s=document.createElement('script');s.src='/static/metrics.js?f={{feed}}&i={{item}}';document.body.appendChild(s);})();</script>
            </body></html>
            """);
        return Utf8(html);
    }

    /// <summary>The builder's characters as UTF-8, without first copying them into a string when they sit in one chunk.</summary>
    private static byte[] Utf8(StringBuilder text)
    {
        ReadOnlyMemory<char> only = default;
        var chunks = 0;
        foreach (var chunk in text.GetChunks())
        {
            only = chunk;
            chunks++;
        }
        return chunks == 1 ? Encode(only.Span) : Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Encode(ReadOnlySpan<char> text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
