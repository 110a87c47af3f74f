namespace NewsBot.Ingestion.Feeds;

/// <summary>The document is not a feed NewsBot can read; the message says why in one line.</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException() : base("The document is not a feed.") { }

    public FeedFormatException(string message) : base(message) { }

    public FeedFormatException(string message, Exception inner) : base(message, inner) { }
}
