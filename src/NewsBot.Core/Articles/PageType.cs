namespace NewsBot.Core.Articles;

/// <summary>
/// What kind of page the main text came from (the page types of the WCXB benchmark). Only articles carry
/// quotes worth a digest; the others are extracted by the rules of their kind.
/// </summary>
public enum PageType
{
    Article,
    Forum,
    Listing,
    Collection,
    Product,
    Service,
    Documentation,
}
