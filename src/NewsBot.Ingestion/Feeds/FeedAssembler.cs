using NewsBot.Core.Feeds;

namespace NewsBot.Ingestion.Feeds;

/// <summary>Turns collected <see cref="FeedFields"/> into the immutable model.</summary>
internal static class FeedAssembler
{
    public static FeedItem ToItem(FeedFields fields) => new()
    {
        Id = ItemIdentity.For(fields.Id, fields.Link ?? fields.PermalinkGuid, fields.Title, fields.Published ?? fields.Updated,
            fields.Summary ?? fields.Content),
        Title = fields.Title,
        Link = fields.Link ?? fields.PermalinkGuid,
        Summary = fields.Summary,
        Content = fields.Content,
        Author = fields.Author,
        Published = fields.Published,
        Updated = fields.Updated,
        Categories = fields.Categories,
        Rights = fields.Rights,
    };

    public static Feed ToFeed(FeedFields channel, string format, IReadOnlyList<FeedItem> items, IReadOnlyList<string> warnings) => new()
    {
        Format = format,
        Title = channel.Title,
        Link = channel.Link,
        Subtitle = channel.Summary,
        Language = channel.Language,
        Updated = channel.Updated,
        Published = channel.Published,
        Id = channel.Id,
        Author = channel.Author,
        Rights = channel.Rights,
        Generator = channel.Generator,
        Items = items,
        Warnings = warnings,
    };
}
