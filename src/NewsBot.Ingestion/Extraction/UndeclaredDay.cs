using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// The publication day of a page that declares none for an article, from the weakest evidence that still names one, in
/// order: the web page's own declared date, a date shown under the headline, a date in a side column of credits, a day
/// in the address. Not the declared modification time: of 28 WCXB tune pages whose only date it is, the truth takes it
/// on 6 and has no date on 17.
/// </summary>
internal static class UndeclaredDay
{
    public static DateTimeOffset? Find(IDocument document, JsonLdArticle ld, Uri? pageUri) =>
        DateValueParser.Parse(ld.PageDatePublished) ?? VisibleDate.Find(document) ?? CreditColumnDate.Find(document) ?? UrlDay.Find(pageUri);
}
