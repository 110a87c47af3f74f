using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>What the page declares itself to be: schema.org types (JSON-LD, microdata) and og:type.</summary>
internal static class DeclaredTypeVotes
{
    private static readonly string[] ArticleTypes = ["Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "Report", "LiveBlogPosting"];
    private static readonly string[] ForumTypes = ["DiscussionForumPosting", "QAPage", "SocialMediaPosting"];
    private static readonly string[] DocumentationTypes = ["TechArticle", "APIReference", "SoftwareSourceCode"];
    private static readonly string[] ServiceTypes = ["Service", "ProfessionalService", "FinancialProduct", "Course", "EducationalOccupationalProgram", "LocalBusiness"];

    /// <summary>As much as the strongest structure vote for a thread (six or more repeated posts).</summary>
    private const double DeclaredFaqWeight = 2;

    public static void Vote(Dictionary<string, int> schema, string? ogType, PageTypeVotes votes)
    {
        if (ArticleTypes.Any(schema.ContainsKey))
        {
            votes.Add(PageType.Article, 3);
        }

        var questions = schema.GetValueOrDefault("Question");
        if (ForumTypes.Any(schema.ContainsKey) || (questions == 1 && schema.ContainsKey("Answer") && !schema.ContainsKey("FAQPage")))
        {
            votes.Add(PageType.Forum, 5);
        }
        else if (schema.ContainsKey("FAQPage") || questions >= 2)
        {
            // A declared FAQ is what repeated question-and-answer blocks are on a shop or service page: they are no
            // thread's posts, so the structure's vote for a thread is cancelled. Several questions outside a declared
            // thread are an FAQ too, however it is named (WCXB tune: none of 61 such pages is a thread; a thread
            // declares one question and its answers).
            votes.Add(PageType.Forum, -DeclaredFaqWeight);
        }
        else if (schema.GetValueOrDefault("Comment") >= 3)
        {
            votes.Add(PageType.Forum, 2);
        }

        if (DocumentationTypes.Any(schema.ContainsKey))
        {
            votes.Add(PageType.Documentation, 4);
        }

        var products = schema.GetValueOrDefault("Product") + schema.GetValueOrDefault("ProductGroup");
        if (schema.ContainsKey("CollectionPage") || schema.ContainsKey("ItemList") || schema.ContainsKey("OfferCatalog"))
        {
            votes.Add(products > 0 ? PageType.Collection : PageType.Listing, 3);
        }
        else if (products >= 3)
        {
            votes.Add(PageType.Collection, 2);
        }
        else if (products > 0 && (schema.ContainsKey("Offer") || schema.ContainsKey("AggregateOffer")))
        {
            votes.Add(PageType.Product, 5);
        }

        if (ServiceTypes.Any(schema.ContainsKey))
        {
            votes.Add(PageType.Service, 1.5);
        }

        VoteOpenGraph(ogType?.Trim().ToLowerInvariant(), votes);
    }

    private static void VoteOpenGraph(string? ogType, PageTypeVotes votes)
    {
        switch (ogType)
        {
            case "article" or "blog" or "news":
                votes.Add(PageType.Article, 1.5);
                break;
            case "product" or "og:product" or "product.item" or "ebay-objects:item":
                votes.Add(PageType.Product, 4);
                break;
            case "product.group":
                votes.Add(PageType.Collection, 4);
                break;
        }
    }
}
