namespace NewsBot.Discord.Rest;

/// <summary>The REST resources in one place, for callers that use several.</summary>
public sealed class DiscordApi
{
    internal DiscordApi(DiscordRestClient rest)
    {
        Channels = new ChannelsApi(rest);
        Webhooks = new WebhooksApi(rest);
        Interactions = new InteractionsApi(rest);
        Commands = new ApplicationCommandsApi(rest);
        Gateway = new GatewayApi(rest);
        Applications = new ApplicationsApi(rest);
        Guilds = new GuildsApi(rest);
        Users = new UsersApi(rest);
    }

    public ChannelsApi Channels { get; }
    public WebhooksApi Webhooks { get; }
    public InteractionsApi Interactions { get; }
    public ApplicationCommandsApi Commands { get; }
    public GatewayApi Gateway { get; }
    public ApplicationsApi Applications { get; }
    public GuildsApi Guilds { get; }
    public UsersApi Users { get; }
}
