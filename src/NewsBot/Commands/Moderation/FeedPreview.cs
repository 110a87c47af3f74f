using NewsBot.Core.Digests;
using NewsBot.Core.Feeds;
using NewsBot.Core.Quotes;
using NewsBot.Discord.Models;
using NewsBot.Engine.Stories;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sources;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// /feed test: the newest items read and summarized exactly as a digest would show them, built in memory only —
/// nothing is stored, so a test never marks stories as seen or touches the feed's state. The digest's words are in the
/// moderator's language, as a topic of that language would show them.
/// </summary>
internal sealed class FeedPreview(FeedProbe probe, FeedItemReader reader, IQuoteExtractor quotes, EarlierCoverage coverage)
{
    public const int NewestItems = 3;
    private const int MaxKeyQuotes = 3;

    /// <param name="serverFeeds">The server's feeds: a story they already brought in shows its outlets as "also in".</param>
    /// <param name="look">The layout and colour the preview takes, as the digests it previews would.</param>
    public async Task<IReadOnlyList<MessagePayload>> PreviewAsync(string? url, IReadOnlyCollection<string> serverFeeds, ReplyTexts texts, ReplyLook look, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (!FeedAddress.TryParse(url, out var uri))
            return [new MessagePayload { Content = texts.Get(FeedAddress.InvalidKey) }];
        return await PreviewAsync(await probe.ProbeAsync(uri, texts, cancellationToken), serverFeeds, texts, look, cancellationToken);
    }

    /// <summary>The preview of a feed already fetched (or the sentence saying why it could not be).</summary>
    public async Task<IReadOnlyList<MessagePayload>> PreviewAsync(FeedProbeResult probed, IReadOnlyCollection<string> serverFeeds, ReplyTexts texts, ReplyLook look, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probed);
        ArgumentNullException.ThrowIfNull(texts);
        if (!probed.Succeeded)
            return [new MessagePayload { Content = probed.Error }];
        var feed = probed.Feed;
        // A stable sort: undated items keep the feed's own order.
        var newest = feed.Items.OrderByDescending(i => i.Published ?? i.Updated ?? DateTimeOffset.MinValue).Take(NewestItems).ToList();
        var name = string.IsNullOrWhiteSpace(feed.Title) ? probed.FinalUri.Host : feed.Title;
        if (newest.Count == 0)
            return [new MessagePayload { Content = texts.Get("feed.previewEmpty", ("name", FeedText.Name(name)), ("format", feed.Format)) }];
        var read = await Task.WhenAll(newest.Select(item => StoryAsync(item, feed, probed.FinalUri, cancellationToken)));
        var alsoIn = await coverage.AlsoInAsync([.. read.Select(r => r.Candidate)], serverFeeds, cancellationToken);
        var stories = read.Select((r, i) => new CoveredStory(r.Story, alsoIn[i])).ToList();
        var header = texts.Get("feed.preview", ("name", FeedText.Name(name)), ("format", feed.Format),
            ("count", TopicReplies.Number(texts, feed.Items.Count)), ("newest", TopicReplies.Number(texts, newest.Count)));
        return look.Renderer.RenderStories(header, stories, look.AccentColor);
    }

    private async Task<(DigestStory Story, StoryCandidate Candidate)> StoryAsync(FeedItem item, Feed feed, Uri feedUri, CancellationToken cancellationToken)
    {
        var link = SourceLocation.FromLink(item.Link, SourceLocation.Parse(feedUri.AbsoluteUri));
        var article = await reader.ReadAsync(item, link, cancellationToken);
        var analysis = quotes.Extract(article.Text, MaxKeyQuotes);
        var story = StoryBuilder.FromRead(article, analysis, CanonicalUrl.From(item.Link, feedUri), item, feed, link?.Uri);
        var candidate = DigestSelector.Candidate(story.Url ?? item.Id, story.Title, article.Text, story.Source, story.Published);
        return (story, candidate);
    }
}
