namespace NewsBot.Discord;

/// <summary>Discord did not answer, or answered with a 5xx: a failure that may pass, so the bot tries again.</summary>
internal sealed class DiscordUnreachableException : Exception
{
    public DiscordUnreachableException() { }

    public DiscordUnreachableException(string message) : base(message) { }

    public DiscordUnreachableException(string message, Exception innerException) : base(message, innerException) { }
}
