using System.Xml;
using System.Xml.Linq;
using NewsBot.Core.Feeds;
using NewsBot.Ingestion.Feeds.Dates;
using NewsBot.Ingestion.Sitemaps;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Streams an RSS, RDF, Atom or CDF document with <see cref="XmlReader"/> (no DTD, no resolver), materialising one
/// item at a time. A malformed item costs that item; a document cut short keeps everything read before the break.
/// </summary>
internal sealed class XmlFeedReader
{
    private const long MaxCharacters = 64L * 1024 * 1024;
    // rss > channel, or a CDF channel inside a channel; deeper "channels" are not containers.
    private const int MaxContainerDepth = 2;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxCharacters,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        ConformanceLevel = ConformanceLevel.Document,
    };

    private readonly FeedFields channel = new();
    private readonly List<FeedItem> items = [];
    private readonly List<string> warnings;
    private string? rootLanguage;
    private FeedDialect dialect = FeedDialect.Rss;

    private XmlFeedReader(List<string> warnings) => this.warnings = warnings;

    public static Feed Read(ReadOnlyMemory<char> xml, Uri? feedUri, string? languageFallback, List<string> warnings)
    {
        var reader = new XmlFeedReader(warnings);
        var format = reader.ReadDocument(xml, feedUri);
        reader.channel.Language ??= FieldMapper.Language(reader.rootLanguage) ?? languageFallback;
        warnings.AddRange(reader.channel.Warnings);
        return FeedAssembler.ToFeed(reader.channel, format, reader.items, warnings);
    }

    private string ReadDocument(ReadOnlyMemory<char> xml, Uri? feedUri)
    {
        string? format = null;
        for (var resumptions = 0; ; resumptions++)
        {
            using var xmlReader = XmlReader.Create(new CharMemoryReader(xml), Settings, FeedNamespaces.LenientContext());
            try
            {
                if (xmlReader.MoveToContent() != XmlNodeType.Element)
                    return NoRootElement("The document has no root element.");
                format ??= FormatOf(xmlReader);
                dialect = DialectOf(xmlReader, format);
                if (SitemapFormats.IsSitemap(format))
                    SitemapEntries.Read(xmlReader, feedUri, channel, items, warnings);
                else
                    ReadContainer(xmlReader, feedUri);
                return format;
            }
            catch (XmlException ex) when (format is not null)
            {
                var resumed = resumptions < MalformedFeedRecovery.MaxResumptions
                    ? MalformedFeedRecovery.ResumeAfter(xml.Span, ex.LineNumber, ex.LinePosition) : null;
                if (resumed is null)
                {
                    warnings.Add($"The feed is malformed or cut short (line {ex.LineNumber}): kept the {items.Count} items read before that point.");
                    return format;
                }
                warnings.Add($"Malformed markup at line {ex.LineNumber} ({ex.Message}): dropped what was being read there, resumed at the next item.");
                xml = resumed.AsMemory();
            }
            catch (XmlException ex)
            {
                return NoRootElement($"No feed element could be read: {ex.Message}");
            }
        }
    }

    // Markup with no readable root is treated as an empty feed, not an error: the next poll may well be fine.
    private string NoRootElement(string warning)
    {
        warnings.Add(warning);
        return "unknown";
    }

    private string FormatOf(XmlReader reader)
    {
        var name = reader.LocalName;
        var format = name.ToLowerInvariant() switch
        {
            "rss" => "rss" + (reader.GetAttribute("version")?.Trim().Replace(".", "", StringComparison.Ordinal) ?? ""),
            "rdf" => reader.LookupNamespace("") == FeedNamespaces.Rss090 ? "rss090" : "rss10",
            "feed" => reader.NamespaceURI switch { FeedNamespaces.Atom10 => "atom10", FeedNamespaces.Atom03 => "atom03", _ => "atom" },
            "channel" => "cdf",
            "urlset" => SitemapFormats.UrlSet,
            "sitemapindex" => SitemapFormats.Index,
            "html" or "head" or "body" => throw new FeedFormatException("The document is an HTML page, not a feed."),
            _ => null,
        };
        if (format is null)
            warnings.Add($"Unknown root element <{name}>; looked for items anyway.");
        return format ?? "unknown";
    }

    private static FeedDialect DialectOf(XmlReader reader, string format)
    {
        var rootNamespace = format == "rss10" || format == "rss090" ? reader.LookupNamespace("") ?? "" : reader.NamespaceURI;
        var kind = format switch
        {
            "atom03" => FeedNamespace.Atom03,
            "atom10" or "atom" => FeedNamespaces.Classify(rootNamespace) is FeedNamespace.Atom03 ? FeedNamespace.Atom03 : FeedNamespace.Atom,
            _ => FeedNamespace.Rss,
        };
        return new FeedDialect(rootNamespace, kind);
    }

    /// <summary>Reads the children of the channel-like element the reader is on, then moves past its end.</summary>
    private void ReadContainer(XmlReader reader, Uri? outerBase)
    {
        var baseUri = FeedUris.Combine(outerBase, reader.GetAttribute("xml:base"));
        rootLanguage ??= reader.GetAttribute("xml:lang");
        ApplyCdfAttributes(reader.GetAttribute("href") ?? reader.GetAttribute("HREF"), reader.GetAttribute("lastmod") ?? reader.GetAttribute("LASTMOD"), baseUri, channel);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                reader.Read();
                return;
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            var name = reader.LocalName.ToLowerInvariant();
            if (name == "channel" && reader.Depth <= MaxContainerDepth)
                ReadContainer(reader, baseUri);
            else if (Fragment(reader) is not { } element)
                continue;
            else if (name is "item" or "entry")
                ReadItem(element, baseUri);
            else
                FieldMapper.Apply(element, baseUri, channel, dialect);
        }
    }

    private XElement? Fragment(XmlReader reader)
    {
        var name = reader.LocalName;
        var element = FragmentReader.Read(reader);
        if (element is null)
            warnings.Add($"<{name}> skipped: nested more than {FragmentReader.MaxDepth} levels deep.");
        return element;
    }

    private void ReadItem(XElement element, Uri? channelBase)
    {
        try
        {
            var fields = new FeedFields();
            var baseUri = FeedUris.BaseOf(element, channelBase);
            ApplyCdfAttributes((string?)element.Attribute("href") ?? (string?)element.Attribute("HREF"),
                (string?)element.Attribute("lastmod") ?? (string?)element.Attribute("LASTMOD"), baseUri, fields);
            foreach (var child in element.Elements())
                FieldMapper.Apply(child, channelBase, fields, dialect);
            fields.Id ??= element.Attribute(XName.Get("about", FeedNamespaces.Rdf))?.Value;
            items.Add(FeedAssembler.ToItem(fields));
            foreach (var warning in fields.Warnings)
                warnings.Add($"Item {items.Count}: {warning}");
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            warnings.Add($"Item {items.Count + 1} skipped: {ex.Message}");
        }
    }

    private static void ApplyCdfAttributes(string? href, string? lastModified, Uri? baseUri, FeedFields fields)
    {
        if (href is not null)
            fields.Link ??= FeedUris.Resolve(baseUri, href);
        if (lastModified is not null)
            fields.Updated = FeedDateParser.Parse(lastModified) ?? fields.Updated;
    }
}
