namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The largest run of sibling cards on a page: how many, how much of the page's text they hold, and how many show a price.
/// </summary>
internal readonly record struct CardGrid(int Cards, int TextLength, int PricedCards);
