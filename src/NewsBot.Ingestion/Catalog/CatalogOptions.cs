using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Catalog;

/// <summary>
/// The "Catalog" section: outlets a self-hoster adds to the built-in catalogue, and outlets (by name or source URL)
/// disabled in it.
/// </summary>
public sealed class CatalogOptions : IValidatableObject
{
    public const string SectionName = "Catalog";

    public List<CatalogOutletEntry> Add { get; } = [];

    public List<string> Disable { get; } = [];

    /// <summary>Catalogue sources polled per minute at most, over every topic and server together.</summary>
    [Range(1, 10_000)]
    public int MaxPollsPerMinute { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Add.Count; i++)
        {
            foreach (var problem in CatalogEntryRules.Problems(Add[i]))
                yield return new ValidationResult($"Catalog:Add:{i}: {problem}", [nameof(Add)]);
        }
        foreach (var name in Disable.Where(string.IsNullOrWhiteSpace))
            yield return new ValidationResult("Catalog:Disable has an empty entry.", [nameof(Disable)]);
    }
}
