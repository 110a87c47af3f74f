namespace NewsBot.Testing.FakeDiscord;

public enum FakeChannelKind
{
    Text,
    Forum,
    LockedThread,

    /// <summary>The bot can see it but may not send (403 50013).</summary>
    NoPermission,

    /// <summary>A news channel (type 5); messages work as in a text channel.</summary>
    Announcement,

    /// <summary>Invisible to the bot: even GET /channels/{id} is 403 50001 "Missing Access".</summary>
    NoAccess,

    /// <summary>A voice channel (type 2).</summary>
    Voice,

    /// <summary>A category (type 4): nothing can be posted in it.</summary>
    Category,
}
