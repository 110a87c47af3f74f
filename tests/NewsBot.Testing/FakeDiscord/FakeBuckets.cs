namespace NewsBot.Testing.FakeDiscord;

/// <summary>The fake's bucket names. Create and edit message deliberately share one bucket, as routes can on Discord.</summary>
public static class FakeBuckets
{
    public const string Channels = "channels";
    public const string ChannelMessages = "channel-messages";
    public const string MessageDelete = "message-delete";
    public const string Threads = "threads";
    public const string Crosspost = "crosspost";
    public const string Webhooks = "webhooks";
    public const string Callback = "interaction-callback";
    public const string Commands = "commands";
    public const string Gateway = "gateway";
    public const string Application = "application";
    public const string Guilds = "guilds";
    public const string GuildMembers = "guild-members";
    public const string Users = "users";
}
