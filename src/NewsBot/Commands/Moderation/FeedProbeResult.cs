using System.Diagnostics.CodeAnalysis;
using NewsBot.Core.Feeds;

namespace NewsBot.Commands.Moderation;

/// <summary>A parsed feed and where it was finally fetched from, or why not (worded for the moderator).</summary>
internal sealed record FeedProbeResult(Feed? Feed, Uri? FinalUri, string? Error)
{
    [MemberNotNullWhen(true, nameof(Feed), nameof(FinalUri))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>It was fetched and is no feed: a page, where discovery may find one.</summary>
    public bool NotAFeed { get; init; }

    public static FeedProbeResult Failed(string error) => new(null, null, error);
}
