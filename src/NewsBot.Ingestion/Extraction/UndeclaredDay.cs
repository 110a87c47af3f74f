using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The publication day of a page that declares none for an article, from the weakest evidence that still names one, in
/// order: the web page's own declared date, a date shown under the headline, a day in the address, and last the declared
/// modification time (a page whose only date is when it was last saved reads as published then; WCXB's annotators
/// wrote it so on service and documentation pages). Threads do not take the modification time: it is the last reply's.
/// </summary>
internal static class UndeclaredDay
{
    public static DateTimeOffset? Find(IDocument document, ArticleMetadata declared, JsonLdArticle ld, Uri? pageUri, bool isThread) =>
        DateValueParser.Parse(ld.PageDatePublished)
        ?? VisibleDate.Find(document)
        ?? UrlDay.Find(pageUri)
        ?? (isThread ? null : declared.Modified);
}
