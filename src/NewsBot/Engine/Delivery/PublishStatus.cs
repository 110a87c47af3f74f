namespace NewsBot.Engine.Delivery;

public enum PublishStatus
{
    /// <summary>The digest is in the outbox (and was sent unless Discord was unavailable; see the dispatch report).</summary>
    Queued,

    /// <summary>No story matched and empty digests are not posted; the window is marked done.</summary>
    SkippedEmpty,

    /// <summary>The topic's digest for this time was already composed; only pending messages were dispatched.</summary>
    AlreadyDigested,

    /// <summary>
    /// The digest is more than Digests:GraceHours past its time (the bot was down): nothing is posted or marked, so
    /// the next digest covers this window too.
    /// </summary>
    TooLate,

    /// <summary>Discord refused to show the channel (deleted, or no access): nothing queued, the window is marked done.</summary>
    ChannelRefused,

    /// <summary>Discord could not be reached to look up the channel: nothing queued or marked, so a later run covers the window.</summary>
    ChannelUnreachable,
}
