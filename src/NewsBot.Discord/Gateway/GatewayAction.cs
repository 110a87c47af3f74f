namespace NewsBot.Discord.Gateway;

/// <summary>How a connection ended, and so what the next connection does.</summary>
internal enum GatewayAction
{
    Resume,
    Identify,
}
