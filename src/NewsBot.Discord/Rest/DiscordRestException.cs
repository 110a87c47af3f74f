namespace NewsBot.Discord.Rest;

/// <summary>Thrown only by callers that ask for it (GetValueOrThrow); carries Discord's error, never the token.</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException() { }

    public DiscordRestException(string message) : base(message) { }

    public DiscordRestException(string message, Exception innerException) : base(message, innerException) { }

    public DiscordRestException(DiscordError error) : base(error.ToString()) => Error = error;

    public DiscordError? Error { get; }
}
