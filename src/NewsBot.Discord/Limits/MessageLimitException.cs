namespace NewsBot.Discord.Limits;

/// <summary>A message broke one of Discord's size limits. It is a programming error: the message was not sent.</summary>
public sealed class MessageLimitException : ArgumentException
{
    public MessageLimitException() { }

    public MessageLimitException(string message) : base(message) { }

    public MessageLimitException(string message, Exception innerException) : base(message, innerException) { }

    public MessageLimitException(IReadOnlyList<string> violations)
        : base($"message not sent, it breaks Discord's limits: {string.Join("; ", violations)}") => Violations = violations;

    public IReadOnlyList<string> Violations { get; } = [];
}
