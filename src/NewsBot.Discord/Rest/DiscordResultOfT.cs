namespace NewsBot.Discord.Rest;

/// <summary>The outcome of a REST call: the decoded value, or Discord's error.</summary>
public sealed record DiscordResult<T>(T? Value, DiscordError? Error)
{
    public bool IsSuccess => Error is null;

    public T GetValueOrThrow() => Error is null ? Value! : throw new DiscordRestException(Error);
}
