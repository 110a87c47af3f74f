namespace NewsBot.Discord.Rest;

/// <summary>The outcome of a REST call without a body: success, or Discord's error.</summary>
public sealed record DiscordResult(DiscordError? Error)
{
    public static DiscordResult Success { get; } = new((DiscordError?)null);

    public bool IsSuccess => Error is null;

    public void ThrowIfFailed()
    {
        if (Error is not null)
            throw new DiscordRestException(Error);
    }
}
