namespace NewsBot.Discord.Gateway;

/// <summary>What each gateway close code means for the client: stop, start a new session, or resume.</summary>
internal static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;

    public static bool IsFatal(int code) => code is AuthenticationFailed or (>= 4010 and <= 4014);

    /// <summary>The session is gone: 1000/1001 end it, 4007 (bad seq) and 4009 (timed out) cannot resume.</summary>
    public static bool EndsSession(int code) => code is 1000 or 1001 or 4007 or 4009;

    public static string Describe(int code) => code switch
    {
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: Discord rejected the bot token; check Discord:Token",
        4005 => "already authenticated",
        4007 => "invalid sequence",
        4008 => "rate limited",
        4009 => "session timed out",
        4010 => "invalid shard",
        4011 => "sharding required",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: a privileged intent is not enabled for this application",
        _ => "connection closed",
    };
}
