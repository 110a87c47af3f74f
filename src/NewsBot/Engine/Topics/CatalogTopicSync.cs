using Microsoft.Extensions.Logging;
using NewsBot.Core.Storage;

namespace NewsBot.Engine.Topics;

/// <summary>
/// Keeps catalogue topics in step with the catalogue at start-up: an outlet a self-hoster added or disabled in
/// settings (or a new built-in catalogue) joins or leaves every topic whose filter matches it.
/// </summary>
public sealed partial class CatalogTopicSync(ITopicStore topics, CatalogTopicFeeds feeds, ILogger<CatalogTopicSync> logger)
{
    public const string Actor = "catalog";

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        foreach (var topic in (await topics.ListAsync(cancellationToken)).Where(t => t.Catalog is not null))
        {
            var resolved = feeds.Resolve(topic);
            if (TopicDifferences.Describe(topic, resolved) is not { } change)
                continue;
            await topics.SaveAsync(resolved, Actor, change, cancellationToken);
            LogResynced(topic.Name, change);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Topic {Topic} follows the catalogue's change: {Change}")]
    private partial void LogResynced(string topic, string change);
}
