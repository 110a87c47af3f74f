namespace NewsBot.Core.Storage;

/// <summary>What pruning deletes: whatever is older than each of these.</summary>
public sealed record RetentionCutoffs(
    DateTimeOffset ArticlesBefore,
    DateTimeOffset SeenItemsBefore,
    DateTimeOffset DeliveredMessagesBefore,
    DateTimeOffset HistoryBefore);
