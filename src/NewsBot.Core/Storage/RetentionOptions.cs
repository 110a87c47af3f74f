using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Storage;

/// <summary>How long the database keeps what it stores ("Retention" section); a daily job deletes what is older.</summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string SectionName = "Retention";

    /// <summary>Days an article is kept with its text, quotes and search entry (counted from when it was first seen).</summary>
    [Range(1, 3650)]
    public int ArticleTextDays { get; set; } = 30;

    /// <summary>
    /// Days a seen item's identity (guid, link, canonical URL) is kept, so a feed listing it again does not post it again.
    /// Never shorter than <see cref="ArticleTextDays"/>; an item published before this is never news.
    /// </summary>
    [Range(1, 36500)]
    public int SeenItemDays { get; set; } = 180;

    /// <summary>Days a delivered (or given-up) digest and its outbox messages are kept; undelivered ones are kept until sent.</summary>
    [Range(1, 3650)]
    public int DeliveredMessageDays { get; set; } = 30;

    /// <summary>Days the change history of topics is kept; each topic's latest change always stays.</summary>
    [Range(1, 36500)]
    public int HistoryDays { get; set; } = 365;

    public RetentionCutoffs CutoffsAt(DateTimeOffset now) => new(
        now - TimeSpan.FromDays(ArticleTextDays),
        now - TimeSpan.FromDays(SeenItemDays),
        now - TimeSpan.FromDays(DeliveredMessageDays),
        now - TimeSpan.FromDays(HistoryDays));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SeenItemDays < ArticleTextDays)
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(SeenItemDays)} ({SeenItemDays}) must be at least {SectionName}:{nameof(ArticleTextDays)} ({ArticleTextDays}): "
                + "an item forgotten while its article is kept could be posted again",
                [nameof(SeenItemDays)]);
        }
    }
}
