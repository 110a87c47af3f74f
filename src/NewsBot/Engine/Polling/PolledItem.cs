using NewsBot.Core.Feeds;
using NewsBot.Core.Storage;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Engine.Polling;

/// <summary>A new item of a polled feed, with where its article lives and whether it only backfills.</summary>
internal sealed record PolledItem(Feed Feed, FeedItem Item, ArticleIdentity Identity, SourceLocation? Link, bool IsBackfill);
