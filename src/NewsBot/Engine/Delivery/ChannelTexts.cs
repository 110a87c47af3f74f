using Microsoft.Extensions.Options;
using NewsBot.Core.Storage;
using NewsBot.Core.Topics;
using NewsBot.Engine.Digests;
using NewsBot.Localization;

namespace NewsBot.Engine.Delivery;

/// <summary>
/// The language the bot's own notices to a channel are written in: that of the topic whose digests go there (its locale,
/// else <c>Digests:Locale</c>), so a channel that reads its digests in German is told of a paused feed in German too.
/// </summary>
public sealed class ChannelTexts(ITopicStore topics, IOptions<DigestOptions> digests, TextCatalog? catalog = null)
{
    private readonly TextCatalog _catalog = catalog ?? TextCatalog.Embedded;

    /// <summary>Without a topic list to look in: the bot's digest language for every channel (English by default).</summary>
    public static ReplyTexts Default(DigestOptions? digests = null) => TextCatalog.Embedded.For(digests?.Locale);

    public async Task<ReplyTexts> ForChannelAsync(string channelId, CancellationToken cancellationToken)
    {
        var topic = (await topics.ListAsync(cancellationToken))
            .Where(t => string.Equals(t.ChannelId, channelId, StringComparison.Ordinal))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return For(topic);
    }

    public ReplyTexts For(Topic? topic) => _catalog.For(topic?.Locale ?? digests.Value.Locale);
}
