using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Catalog;
using NewsBot.Ingestion.Discovery;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sitemaps;

namespace NewsBot.Ingestion;

// The data annotations of each options class checked by generated code rather than by reflection (NativeAOT trims the
// attributes a reflective validator would look for, and would then accept any value). IValidatableObject is called too.

[OptionsValidator]
public sealed partial class FetchingOptionsValidator : IValidateOptions<FetchingOptions>;

[OptionsValidator]
public sealed partial class DiscoveryOptionsValidator : IValidateOptions<DiscoveryOptions>;

[OptionsValidator]
public sealed partial class SitemapOptionsValidator : IValidateOptions<SitemapOptions>;

[OptionsValidator]
public sealed partial class CatalogOptionsValidator : IValidateOptions<CatalogOptions>;
