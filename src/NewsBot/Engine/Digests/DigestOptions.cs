using System.ComponentModel.DataAnnotations;
using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;
using NewsBot.Localization;

namespace NewsBot.Engine.Digests;

/// <summary>The "Digests" settings section: how scheduled digests are composed and when they are skipped.</summary>
public sealed class DigestOptions : IValidatableObject
{
    public const string SectionName = "Digests";

    /// <summary>
    /// How late a digest may still go out (the bot was down at its time); later than this it is not posted and its
    /// stories go into the next digest instead.
    /// </summary>
    [Range(0, 168)]
    public int GraceHours { get; set; } = 6;

    /// <summary>Post a "no new stories" digest rather than staying silent.</summary>
    public bool PostWhenEmpty { get; set; }

    [Range(1, 5)]
    public int MaxQuotesPerStory { get; set; } = 3;

    /// <summary>How digests are laid out: Components V2 containers (the default) or the older embeds.</summary>
    [EnumDataType(typeof(DigestLayout))]
    public DigestLayout Layout { get; set; } = DigestLayout.Components;

    /// <summary>The language of a digest's own words ("also in", its header, dates) for topics that set none.</summary>
    public string Locale { get; set; } = TextCatalog.Fallback;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TopicLocale.TryParse(Locale, out var known) || known is null)
            yield return new ValidationResult($"must be one of {string.Join(", ", TopicLocale.Known())}, not \"{Locale}\"", [nameof(Locale)]);
    }
}
