using System.Xml;
using System.Xml.Linq;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds.Dates;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Reads a sitemap's entries as feed items, streamed like a feed's: a <c>&lt;urlset&gt;</c>'s <c>&lt;url&gt;</c> (with
/// the Google News <c>news:</c> title, publication date, language and keywords when present) or a
/// <c>&lt;sitemapindex&gt;</c>'s <c>&lt;sitemap&gt;</c> (an item whose link is the child sitemap, for the caller to follow).
/// </summary>
internal static class SitemapEntries
{
    private const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>Reads the children of the root the reader is on; a malformed entry costs that entry.</summary>
    public static void Read(XmlReader reader, Uri? baseUri, FeedFields channel, List<FeedItem> items, List<string> warnings)
    {
        var depth = reader.Depth;
        if (reader.IsEmptyElement)
            return;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("url" or "sitemap"))
            {
                if (reader.NodeType == XmlNodeType.Element)
                    reader.Skip();
                else
                    reader.Read();
                continue;
            }
            if (FragmentReader.Read(reader) is { } entry && Entry(entry, baseUri, channel) is { } item)
                items.Add(item);
            else
                warnings.Add($"Sitemap entry {items.Count + 1} skipped: no usable <loc>.");
        }
    }

    private static FeedItem? Entry(XElement entry, Uri? baseUri, FeedFields channel)
    {
        var fields = new FeedFields();
        foreach (var child in entry.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "loc":
                    fields.Link = FeedUris.Resolve(baseUri, child.Value.Trim());
                    break;
                case "lastmod":
                    fields.Updated = FeedDateParser.Parse(child.Value.Trim());
                    break;
                case "news" when child.Name.NamespaceName == NewsNamespace:
                    ApplyNews(child, fields, channel);
                    break;
            }
        }
        if (fields.Link is null || !Uri.TryCreate(fields.Link, UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https"))
            return null;
        fields.Id = fields.Link;
        return FeedAssembler.ToItem(fields);
    }

    private static void ApplyNews(XElement news, FeedFields fields, FeedFields channel)
    {
        foreach (var element in news.Descendants())
        {
            var value = element.Value.Trim();
            if (value.Length == 0)
                continue;
            switch (element.Name.LocalName)
            {
                case "title":
                    fields.Title = value;
                    break;
                case "publication_date":
                    fields.Published = FeedDateParser.Parse(value);
                    break;
                case "keywords":
                    fields.Categories.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "language":
                    channel.Language ??= FieldMapper.Language(value);
                    break;
                case "name" when element.Parent?.Name.LocalName == "publication":
                    channel.Title ??= value;
                    break;
            }
        }
    }
}
