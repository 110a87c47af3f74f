using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The detected page type; <see cref="IsDefault"/> when no signal named it (a page without article evidence
/// and without another type's), so the article path may still claim the page.
/// </summary>
public sealed record PageTypeVerdict(PageType Type, bool IsDefault);
