namespace NewsBot.Discord;

/// <summary>
/// Discord refused the bot in a way retrying cannot fix (rejected token, fatal gateway close code). The message is one
/// clear line naming the cause and never contains the token.
/// </summary>
public sealed class DiscordFatalException : Exception
{
    public DiscordFatalException() { }

    public DiscordFatalException(string message) : base(message) { }

    public DiscordFatalException(string message, Exception innerException) : base(message, innerException) { }

    public DiscordFatalException(string message, int? closeCode, bool authenticationFailed) : base(message)
    {
        CloseCode = closeCode;
        AuthenticationFailed = authenticationFailed;
    }

    /// <summary>The gateway close code, when the gateway ended it.</summary>
    public int? CloseCode { get; }

    /// <summary>The token was rejected (REST 401 or gateway 4004): a configuration problem.</summary>
    public bool AuthenticationFailed { get; }
}
