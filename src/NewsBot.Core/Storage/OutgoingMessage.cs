namespace NewsBot.Core.Storage;

/// <param name="Nonce">Sent with the message so Discord drops a duplicate of a send that was retried.</param>
/// <param name="PayloadJson">The Discord message body exactly as it will be posted.</param>
public sealed record OutgoingMessage(string ChannelId, string Nonce, string PayloadJson)
{
    /// <summary>
    /// Set when <see cref="ChannelId"/> is a forum: the digest's first message starts a thread of this name and the
    /// later messages of the same digest go into that thread.
    /// </summary>
    public string? ThreadName { get; init; }
}
