namespace NewsBot.Ingestion.Discovery;

internal enum SitemapShape
{
    NotASitemap,
    Plain,
    News,
    Index,
}
