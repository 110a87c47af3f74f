namespace NewsBot.Testing.FakeDiscord;

public enum FakeChannelKind
{
    Text,
    Forum,
    LockedThread,

    /// <summary>The bot can see it but may not send (403 50013).</summary>
    NoPermission,
}
