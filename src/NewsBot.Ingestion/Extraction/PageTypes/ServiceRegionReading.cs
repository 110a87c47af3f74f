using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The page's service region as the choice between the article path and the region reads it: found at most once a page
/// and its text written at most once, however many of the choice's tests ask (finding it is a pass over the document).
/// </summary>
internal sealed class ServiceRegionReading(IElement body, DocumentStats bodyStats, ExtractionWork work)
{
    private ContentRegion? _region;
    private string? _text;
    private bool _written;

    public ContentRegion Region
    {
        get
        {
            if (_region is null)
            {
                work.CountRegionFound();
                _region = PageTypeExtractor.Find(body, PageType.Service, bodyStats);
            }

            return _region;
        }
    }

    /// <summary>The region's text; null when it holds none.</summary>
    public string? Text()
    {
        if (!_written)
        {
            _text = Region.Text();
            _written = true;
        }

        return _text;
    }
}
